import { CommandBus } from '@nestjs/cqrs';
import { Clock } from '@vendorwatch/event-store';
import { RecordSlaMeasurementCommand, SlaFacts } from '@vendorwatch/slas';
import { DataSource } from 'typeorm';
import { minimalContract, vendorIn } from './helpers/contracts-fixtures';
import { bearer, requestsAs, userWithRole } from './helpers/auth';
import { startTestApp, TestApp } from './helpers/test-app';

const FRT = {
  name: 'First response within 1h',
  metric: 'first_response_time',
  objective: { kind: 'attainment', thresholdMinutes: 60, targetPercent: 90 },
  period: 'week',
  minimumSample: 30,
  serviceCreditPercent: 5,
};
const USD = (amount: number) => ({ amount, currency: 'USD' });

describe('SLAs', () => {
  let t: TestApp;
  let procurement: string;
  let ops: string;
  let vendorUser: string;
  let vendorId: string;
  let contractId: string;

  beforeAll(async () => {
    t = await startTestApp();
    procurement = (await userWithRole(t, 'procurement')).token;
    ops = (await userWithRole(t, 'ops_manager')).token;
    vendorId = await vendorIn(t, procurement, 'approved');
    vendorUser = (await userWithRole(t, 'vendor', { vendorId })).token;
    t.app.get(Clock).set('2026-04-01T12:00:00.000Z');
    const contract = await post(
      '/contracts',
      minimalContract(vendorId, { serviceCreditCapPercent: 15 }),
      procurement,
    ).expect(201);
    contractId = contract.body.id;
    await sign(contractId, '2026-01-15T00:00:00.000Z');
  });
  afterAll(() => t.close());

  /** Credits accrue from the signing on. */
  const sign = (id: string, signedAt: string) =>
    t.http.post(`/api/v1/contracts/${id}/sign`).set(bearer(procurement)).send({ signedAt }).expect(201);

  const { post, get } = requestsAs(
    () => t,
    () => ops,
  );
  const measure = (slaId: string, periodStart: string, value: number, sampleSize: number, token = ops) =>
    post(`/slas/${slaId}/measurements`, { periodStart, value, sampleSize }, token).expect(201);

  it('measures a weekly FRT SLA: outcomes, a corrected breach, vendor reports, credits and the monthly cap', async () => {
    const defined = await post(`/contracts/${contractId}/slas`, FRT).expect(201);
    const slaId = defined.body.id;

    await measure(slaId, '2026-02-02', 95, 40); // met
    await measure(slaId, '2026-02-09', 80, 40); // breached: 5 % of 50 000
    await measure(slaId, '2026-02-16', 50, 10); // below the minimum sample of 30
    await measure(slaId, '2026-02-23', 85, 50); // breached …
    const corrected = await measure(slaId, '2026-02-23T00:00:00.000Z', 91, 52); // … corrected to met: breach retracted
    expect(corrected.body.version).toBe(9);
    await measure(slaId, '2026-03-02', 70, 40);
    await measure(slaId, '2026-03-02', 92, 40, vendorUser); // the vendor's claim stays beside ops' figure
    await measure(slaId, '2026-03-09', 75, 40);
    await measure(slaId, '2026-03-16', 60, 40);
    await measure(slaId, '2026-03-23', 88, 40); // the 4th March breach: 10 000 in credits, capped at 15 % = 7 500
    const last = await post(
      `/slas/${slaId}/measurements`,
      { periodStart: '2026-03-30', value: 95, sampleSize: 40, source: 'manual' },
      vendorUser,
    ).expect(201);

    const sla = await get(`/slas/${slaId}`, last.body.position).expect(200);
    const row = (
      periodStart: string,
      periodEnd: string,
      value: number,
      sampleSize: number,
      outcome: string,
      extra: object = {},
    ) => ({
      periodStart: `${periodStart}T00:00:00.000Z`,
      periodEnd: `${periodEnd}T00:00:00.000Z`,
      value,
      sampleSize,
      source: 'manual',
      outcome,
      provisional: false,
      creditAmount: outcome === 'breached' ? USD(2500) : null,
      dispute: null,
      ...extra,
    });
    expect(sla.body).toEqual({
      id: slaId,
      contractId,
      vendorId,
      ...FRT,
      clock: { type: '24x7' }, // the defaults of an SLA defined without clock or appliesTo
      appliesTo: {},
      status: 'active',
      definedAt: '2026-04-01T12:00:00.000Z',
      retiredAt: null,
      version: 19,
      periods: [
        row('2026-03-30', '2026-04-06', 95, 40, 'met', { source: 'vendor_report' }),
        row('2026-03-23', '2026-03-30', 88, 40, 'breached'),
        row('2026-03-16', '2026-03-23', 60, 40, 'breached'),
        row('2026-03-09', '2026-03-16', 75, 40, 'breached'),
        row('2026-03-02', '2026-03-09', 70, 40, 'breached', { vendorReportedValue: 92 }),
        row('2026-02-23', '2026-03-02', 91, 52, 'met'),
        row('2026-02-16', '2026-02-23', 50, 10, 'insufficient_data'),
        row('2026-02-09', '2026-02-16', 80, 40, 'breached'),
        row('2026-02-02', '2026-02-09', 95, 40, 'met'),
      ],
    });

    const compliance = await get(`/contracts/${contractId}/compliance`, last.body.position).expect(200);
    expect(compliance.body).toEqual({
      contractId,
      slas: [
        {
          slaId,
          name: FRT.name,
          metric: 'first_response_time',
          periodsEvaluated: 8,
          periodsMet: 3,
          periodsBreached: 5,
          attainmentRate: 0.375,
          latest: sla.body.periods[0],
        },
      ],
      creditsByMonth: [
        { month: '2026-02', amount: 2500, capped: false },
        { month: '2026-03', amount: 7500, capped: true },
      ],
      totalCredits: USD(10000),
    });

    const february = await get(
      `/contracts/${contractId}/compliance?from=2026-02-01&to=2026-02-28`,
      last.body.position,
    ).expect(200);
    expect(february.body.slas[0]).toMatchObject({
      periodsEvaluated: 3,
      periodsMet: 2,
      periodsBreached: 1,
      attainmentRate: 0.6667,
    });
    expect(february.body.slas[0].latest.periodStart).toBe('2026-02-23T00:00:00.000Z');
    expect(february.body.creditsByMonth).toEqual([{ month: '2026-02', amount: 2500, capped: false }]);
    expect(february.body.totalCredits).toEqual(USD(2500));

    const history = await t.http.get(`/api/v1/slas/${slaId}/history?limit=7`).set(bearer(ops)).expect(200);
    expect(history.body.total).toBe(19);
    expect(history.body.items.map((e: { type: string }) => e.type)).toEqual([
      'SlaDefined',
      'SlaMeasured',
      'SlaMeasured',
      'SlaBreached',
      'SlaMeasured',
      'SlaMeasured',
      'SlaBreached',
    ]);
    expect(history.body.items[3].data).toEqual({
      slaId,
      contractId,
      vendorId,
      periodStart: '2026-02-09T00:00:00.000Z',
      periodEnd: '2026-02-16T00:00:00.000Z',
      creditAmount: USD(2500),
    });
    const retraction = (await t.http.get(`/api/v1/slas/${slaId}/history?offset=7&limit=2`).set(bearer(ops)).expect(200))
      .body.items;
    expect(retraction.map((e: { type: string; data: { outcome?: string } }) => [e.type, e.data.outcome])).toEqual([
      ['SlaMeasured', 'met'],
      ['SlaBreachRetracted', undefined],
    ]);

    const contract = await get(`/contracts/${contractId}`, last.body.position).expect(200);
    expect(contract.body.slaIds).toEqual([slaId]);
  });

  it('refuses a period start off the boundary', async () => {
    const { body } = await post(`/contracts/${contractId}/slas`, { ...FRT, period: 'month' }).expect(201);
    const res = await post(`/slas/${body.id}/measurements`, {
      periodStart: '2026-03-02',
      value: 95,
      sampleSize: 40,
    }).expect(422);
    expect(res.body.message).toBe(
      'periodStart 2026-03-02 is not the start of a month: it must be the 1st of a month 00:00 UTC.',
    );
    await post(`/slas/${body.id}/measurements`, { periodStart: '2026-03-01', value: 95, sampleSize: 40 }).expect(201);
  });

  it('refuses metric/kind pairs that are not listed, and accepts qa_score and custom definitions', async () => {
    const bad = await post(`/contracts/${contractId}/slas`, { ...FRT, objective: { kind: 'min', target: 90 } }).expect(
      422,
    );
    expect(bad.body.message).toBe('Metric first_response_time takes an objective of kind attainment, not min.');
    await post(`/contracts/${contractId}/slas`, {
      ...FRT,
      metric: 'csat',
      objective: { kind: 'max', target: 4 },
    }).expect(422);
    await post(`/contracts/${contractId}/slas`, {
      ...FRT,
      objective: { kind: 'attainment', targetPercent: 90 },
    }).expect(400);
    await post(`/contracts/${contractId}/slas`, { ...FRT, metric: 'uptime' }).expect(400);
    await post(
      `/contracts/${contractId}/slas`,
      { ...FRT, metric: 'qa_score', objective: { kind: 'min', target: 85 } },
      procurement,
    ).expect(201);
    await post(`/contracts/${contractId}/slas`, {
      ...FRT,
      metric: 'custom',
      objective: { kind: 'max', target: 1200 },
    }).expect(201);
    await post(`/contracts/${contractId}/slas`, FRT, vendorUser).expect(403);
    await post('/contracts/00000000-0000-4000-8000-000000000000/slas', FRT).expect(404);
  });

  it('applies a revision to the periods measured after it, and refuses measurements once retired', async () => {
    const { body } = await post(`/contracts/${contractId}/slas`, FRT).expect(201);
    await measure(body.id, '2026-03-02', 80, 40);
    const revised = await t.http
      .patch(`/api/v1/slas/${body.id}`)
      .set(bearer(ops))
      .send({ objective: { kind: 'attainment', thresholdMinutes: 60, targetPercent: 75 }, serviceCreditPercent: 2 })
      .expect(200);
    expect(revised.body.version).toBe(4);
    const later = await measure(body.id, '2026-03-09', 80, 40);
    const sla = await get(`/slas/${body.id}`, later.body.position).expect(200);
    expect(sla.body.objective.targetPercent).toBe(75);
    expect(sla.body.periods.map((p: { outcome: string }) => p.outcome)).toEqual(['met', 'breached']);

    const stale = await t.http
      .post(`/api/v1/slas/${body.id}/retire`)
      .set(bearer(ops))
      .set('If-Match', '4')
      .send({})
      .expect(412);
    expect(stale.body.currentVersion).toBe(5);
    await post(`/slas/${body.id}/retire`, { reason: 'Replaced by a 30-minute SLA' }).expect(201);
    const refused = await post(`/slas/${body.id}/measurements`, {
      periodStart: '2026-03-16',
      value: 95,
      sampleSize: 40,
    }).expect(409);
    expect(refused.body.message).toBe(`SLA ${body.id} is retired; it cannot be measured.`);
  });

  it('lets a computed figure (ingest) count over a vendor report, showing the difference, with no breach while provisional', async () => {
    const { body } = await post(`/contracts/${contractId}/slas`, FRT).expect(201);
    await measure(body.id, '2026-03-02', 97, 40, vendorUser);
    const commands = t.app.get(CommandBus);
    const computed = { periodStart: '2026-03-02', value: 82.5, sampleSize: 44, source: 'computed' as const };
    await commands.execute(new RecordSlaMeasurementCommand(body.id, [computed]));
    const unchanged = await commands.execute(new RecordSlaMeasurementCommand(body.id, [computed]));
    expect(unchanged.version).toBe(4);
    const running = {
      periodStart: '2026-03-30',
      value: 40,
      sampleSize: 35,
      source: 'computed' as const,
      provisional: true,
    };
    const last = await commands.execute(new RecordSlaMeasurementCommand(body.id, [running]));
    expect(last).toEqual({ id: body.id, version: 5, position: expect.any(String) });

    const sla = await get(`/slas/${body.id}`, last.position).expect(200);
    expect(sla.body.periods).toEqual([
      expect.objectContaining({
        periodStart: '2026-03-30T00:00:00.000Z',
        value: 40,
        source: 'computed',
        outcome: 'breached',
        provisional: true,
        creditAmount: null,
      }),
      expect.objectContaining({
        periodStart: '2026-03-02T00:00:00.000Z',
        value: 82.5,
        sampleSize: 44,
        source: 'computed',
        outcome: 'breached',
        vendorReportedValue: 97,
      }),
    ]);
    const compliance = await get(
      `/contracts/${contractId}/compliance?from=2026-03-01T00:00:00Z&to=2026-04-30`,
      last.position,
    ).expect(200);
    expect(compliance.body.slas.find((s: { slaId: string }) => s.slaId === body.id)).toMatchObject({
      periodsEvaluated: 1,
      periodsBreached: 1,
      attainmentRate: 0,
    });
  });

  it('credits no period that started before the signing, nor any while the contract is unsigned', async () => {
    const draft = (await post('/contracts', minimalContract(vendorId), procurement).expect(201)).body.id;
    const { body: sla } = await post(`/contracts/${draft}/slas`, FRT).expect(201);
    for (const week of ['2026-02-16', '2026-03-02']) await measure(sla.id, week, 70, 40); // breached, 2,500 each
    const unsigned = await get(
      `/contracts/${draft}/compliance`,
      (await measure(sla.id, '2026-03-09', 70, 40)).body.position,
    );
    expect(unsigned.body).toMatchObject({ creditsByMonth: [], totalCredits: USD(0) });
    expect(unsigned.body.slas[0].periodsBreached).toBe(3);
    await sign(draft, '2026-03-01T00:00:00.000Z');
    const signed = await get(
      `/contracts/${draft}/compliance`,
      (await measure(sla.id, '2026-03-16', 95, 40)).body.position,
    );
    expect(signed.body.creditsByMonth).toEqual([{ month: '2026-03', amount: 5000, capped: false }]); // not February's
    expect(signed.body.totalCredits).toEqual(USD(5000));
  });

  it('credits and caps each period by the fee in force at its time, not by an amended one', async () => {
    const clock = t.app.get(Clock);
    const feeContract = (
      await post('/contracts', minimalContract(vendorId, { serviceCreditCapPercent: 10 }), procurement).expect(201)
    ).body.id;
    await sign(feeContract, '2026-02-01T00:00:00.000Z');
    const { body: sla } = await post(`/contracts/${feeContract}/slas`, FRT).expect(201);
    try {
      clock.set('2026-03-31T12:00:00.000Z');
      for (const week of ['2026-03-02', '2026-03-09', '2026-03-16']) await measure(sla.id, week, 70, 40); // 2,500 each of a 50,000 fee
      await t.http
        .patch(`/api/v1/contracts/${feeContract}`)
        .set(bearer(procurement))
        .send({ monthlyFee: USD(20000) })
        .expect(200);
      clock.set('2026-05-01T12:00:00.000Z');
      for (const week of ['2026-04-06', '2026-04-13', '2026-04-20']) await measure(sla.id, week, 70, 40); // 1,000 each
      const late = (await measure(sla.id, '2026-03-23', 70, 40)).body; // measured after the amendment, credited by March's fee
      const { periods } = (await get(`/slas/${sla.id}`, late.position).expect(200)).body;
      expect(periods.find((p: { periodStart: string }) => p.periodStart.startsWith('2026-03-23')).creditAmount).toEqual(
        USD(2500),
      );
      const { body } = await get(
        `/contracts/${feeContract}/compliance?from=2026-03-01&to=2026-04-30`,
        late.position,
      ).expect(200);
      expect(body.creditsByMonth).toEqual([
        { month: '2026-03', amount: 5000, capped: true }, // 10,000 capped at 10 % of March's 50,000
        { month: '2026-04', amount: 2000, capped: true }, // 3,000 capped at 10 % of April's 20,000
      ]);
      expect(body.totalCredits).toEqual(USD(7000));
    } finally {
      clock.set('2026-04-01T12:00:00.000Z');
    }
  });

  it("hides another vendor's SLAs and compliance from vendor users", async () => {
    const { body } = await post(`/contracts/${contractId}/slas`, FRT).expect(201);
    const stranger = (await userWithRole(t, 'vendor', { vendorId: await vendorIn(t, procurement, 'approved') })).token;
    await get(`/slas/${body.id}`, body.position, stranger).expect(404);
    await get(`/contracts/${contractId}/compliance`, body.position, stranger).expect(404);
    await post(
      `/slas/${body.id}/measurements`,
      { periodStart: '2026-03-02', value: 95, sampleSize: 40 },
      stranger,
    ).expect(404);
    await get(`/slas/${body.id}`, body.position, vendorUser).expect(200);
  });

  it('tells measuring contexts of an SLA defined a moment before, however far the SLA read model lags', async () => {
    const otherContract = (await post('/contracts', minimalContract(vendorId), procurement).expect(201)).body.id;
    const readModelWriter = t.app.get(DataSource).createQueryRunner();
    await readModelWriter.connect();
    await readModelWriter.startTransaction();
    await readModelWriter.query('LOCK TABLE sla_summaries IN EXCLUSIVE MODE'); // sla-summary cannot apply the definition
    try {
      const { body } = await post(`/contracts/${otherContract}/slas`, FRT).expect(201);
      const facts = t.app.get(SlaFacts);
      expect(await facts.activeOf(otherContract)).toEqual([
        expect.objectContaining({ id: body.id, metric: 'first_response_time', status: 'active' }),
      ]);
      expect(await facts.active(body.id)).toEqual(expect.objectContaining({ contractId: otherContract }));
      await readModelWriter.commitTransaction();
    } finally {
      await readModelWriter.release();
    }
  });
});
