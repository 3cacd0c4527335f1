import { Clock } from '@vendorwatch/event-store';
import { requestsAs, userWithRole } from './helpers/auth';
import { minimalContract, vendorIn } from './helpers/contracts-fixtures';
import { startTestApp, TestApp } from './helpers/test-app';

const FRT = {
  name: 'First response within 1h',
  metric: 'first_response_time',
  objective: { kind: 'attainment', thresholdMinutes: 60, targetPercent: 90 },
  period: 'week',
  minimumSample: 30,
  serviceCreditPercent: 5,
};

/** SPEC §13: the vendor disputes a period's figure; operations resolve it; credits follow the counting figure. */
describe('SLA period disputes', () => {
  let t: TestApp;
  let ops: string;
  let vendorUser: string;
  let otherVendorUser: string;
  let slaId: string;
  let measured: string;
  const clock = () => t.app.get(Clock);

  beforeAll(async () => {
    t = await startTestApp();
    const procurement = (await userWithRole(t, 'procurement')).token;
    ops = (await userWithRole(t, 'ops_manager')).token;
    const vendorId = await vendorIn(t, procurement, 'approved');
    vendorUser = (await userWithRole(t, 'vendor', { vendorId })).token;
    const otherVendor = await vendorIn(t, procurement, 'approved');
    otherVendorUser = (await userWithRole(t, 'vendor', { vendorId: otherVendor })).token;
    clock().set('2026-03-10T12:00:00.000Z');
    const contract = minimalContract(vendorId, { governance: { slaDisputeWindowDays: 10 } });
    const contractId = (await post('/contracts', contract, procurement).expect(201)).body.id;
    // Signed before the periods measured here, so their breaches earn credits.
    await post(`/contracts/${contractId}/sign`, { signedAt: '2026-01-15T00:00:00.000Z' }, procurement).expect(201);
    slaId = (await post(`/contracts/${contractId}/slas`, FRT).expect(201)).body.id;
    await post(`/slas/${slaId}/measurements`, { periodStart: '2026-03-02', value: 80, sampleSize: 40 }).expect(201);
    measured = (
      await post(`/slas/${slaId}/measurements`, { periodStart: '2026-02-02', value: 70, sampleSize: 40 }).expect(201)
    ).body.position;
  });
  afterAll(() => t.close());

  const { post, get } = requestsAs(
    () => t,
    () => ops,
  );
  const periodOf = async (periodStart: string, position: string) => {
    const { body } = await get(`/slas/${slaId}`, position).expect(200);
    return body.periods.find((p: { periodStart: string }) => p.periodStart.startsWith(periodStart));
  };
  const eventsOf = async (position: string) => {
    const { body } = await get(`/slas/${slaId}/history?limit=200`, position).expect(200);
    return body.items.map((e: { type: string }) => e.type);
  };

  it('runs dispute → adjusted: the figure counts as `dispute`, the breach is retracted and its credit goes', async () => {
    const breached = await periodOf('2026-03-02', measured);
    expect(breached).toMatchObject({ value: 80, outcome: 'breached', creditAmount: { amount: 2500 }, dispute: null });

    const disputed = await post(
      `/slas/${slaId}/periods/2026-03-02/disputes`,
      { reason: 'Seven chats were answered before the export cut-off.', proposedValue: 92, evidence: ['export.csv'] },
      vendorUser,
    ).expect(201);
    expect(await periodOf('2026-03-02', disputed.body.position)).toMatchObject({
      dispute: { status: 'open', reason: 'Seven chats were answered before the export cut-off.', proposedValue: 92 },
    });

    const again = await post(`/slas/${slaId}/periods/2026-03-02/disputes`, { reason: 'Again' }, vendorUser).expect(409);
    expect(again.body).toMatchObject({ statusCode: 409, code: 'DISPUTE_ALREADY_OPEN' });

    const resolved = await post(`/slas/${slaId}/periods/2026-03-02/dispute-resolution`, {
      outcome: 'adjusted',
      value: 92,
      note: 'Agreed after checking the helpdesk log.',
    }).expect(201);
    expect(await periodOf('2026-03-02', resolved.body.position)).toMatchObject({
      value: 92,
      sampleSize: 40,
      source: 'dispute',
      outcome: 'met',
      creditAmount: null,
      dispute: { status: 'adjusted', note: 'Agreed after checking the helpdesk log.' },
    });
    expect((await eventsOf(resolved.body.position)).slice(-3)).toEqual([
      'SlaPeriodDisputeResolved',
      'SlaMeasured',
      'SlaBreachRetracted',
    ]);

    // The adjusted figure outranks a later ops figure (dispute > computed > manual > vendor_report).
    const later = await post(`/slas/${slaId}/measurements`, {
      periodStart: '2026-03-02',
      value: 10,
      sampleSize: 40,
    }).expect(201);
    expect(await periodOf('2026-03-02', later.body.position)).toMatchObject({ value: 92, source: 'dispute' });
  });

  it('upholds a dispute without changing the figure, and lets the vendor dispute again afterwards', async () => {
    clock().set('2026-03-12T12:00:00.000Z');
    await post(`/slas/${slaId}/measurements`, { periodStart: '2026-03-09', value: 50, sampleSize: 40 }).expect(201);
    clock().set('2026-03-16T12:00:00.000Z');
    await post(`/slas/${slaId}/periods/2026-03-09/disputes`, { reason: 'Too low' }, vendorUser).expect(201);
    const upheld = await post(`/slas/${slaId}/periods/2026-03-09/dispute-resolution`, {
      outcome: 'upheld',
      note: 'The log confirms the figure.',
    }).expect(201);
    expect(await periodOf('2026-03-09', upheld.body.position)).toMatchObject({
      value: 50,
      source: 'manual',
      outcome: 'breached',
      dispute: { status: 'upheld', note: 'The log confirms the figure.' },
    });
    await post(`/slas/${slaId}/periods/2026-03-09/disputes`, { reason: 'New evidence' }, vendorUser).expect(201);
  });

  it('refuses a dispute outside the window, an adjustment without a value, and another vendor’s period', async () => {
    // February's week ended on 2026-02-09, its figure was recorded on 2026-03-10: the window of 10 days ran out on 03-20.
    clock().set('2026-03-20T12:00:01.000Z');
    const late = await post(`/slas/${slaId}/periods/2026-02-02/disputes`, { reason: 'Late' }, vendorUser).expect(409);
    expect(late.body).toMatchObject({ code: 'DISPUTE_WINDOW_CLOSED', message: expect.stringContaining('10 days') });

    const noValue = await post(`/slas/${slaId}/periods/2026-03-09/dispute-resolution`, {
      outcome: 'adjusted',
      note: 'No value',
    }).expect(422);
    expect(noValue.body.code).toBe('ADJUSTED_VALUE_REQUIRED');

    await post(`/slas/${slaId}/periods/2026-03-09/disputes`, { reason: 'Not mine' }, otherVendorUser).expect(404);
    await post(`/slas/${slaId}/periods/2026-03-23/disputes`, { reason: 'Unmeasured' }, vendorUser).expect(409);
    await post(`/slas/${slaId}/periods/2026-03-09/disputes`, { reason: 'As ops' }).expect(403);
    await post(
      `/slas/${slaId}/periods/2026-03-09/dispute-resolution`,
      { outcome: 'upheld', note: 'x' },
      vendorUser,
    ).expect(403);
    await post(`/slas/${slaId}/periods/March/disputes`, { reason: 'Bad date' }, vendorUser).expect(400);
  });

  it('answers the compliance report as it stood at an instant: before a correction the old figure, after it the new', async () => {
    const procurement = (await userWithRole(t, 'procurement')).token;
    const vendorId = await vendorIn(t, procurement, 'approved');
    const beforeContract = new Date().toISOString();
    const contractId = (await post('/contracts', minimalContract(vendorId), procurement).expect(201)).body.id;
    await post(`/contracts/${contractId}/sign`, { signedAt: '2026-01-15T00:00:00.000Z' }, procurement).expect(201);
    const defined = (await post(`/contracts/${contractId}/slas`, FRT).expect(201)).body;
    const sla = defined.id;
    const contract = (await get(`/contracts/${contractId}`, defined.position).expect(200)).body;
    expect(contract.slaIds).toEqual([sla]); // from the SLA context's facts
    await post(`/slas/${sla}/measurements`, { periodStart: '2026-03-02', value: 80, sampleSize: 40 }).expect(201);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const beforeCorrection = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const corrected = await post(`/slas/${sla}/measurements`, {
      periodStart: '2026-03-02',
      value: 95,
      sampleSize: 40,
    }).expect(201);

    const compliance = (asOf?: string) =>
      get(`/contracts/${contractId}/compliance${asOf ? `?asOf=${asOf}` : ''}`, corrected.body.position);
    const then = (await compliance(beforeCorrection).expect(200)).body;
    expect(then.slas[0]).toMatchObject({ periodsBreached: 1, periodsMet: 0, latest: { value: 80 } });
    expect(then.totalCredits).toEqual({ amount: 2500, currency: 'USD' });
    const now = (await compliance(new Date().toISOString()).expect(200)).body;
    expect(now.slas[0]).toMatchObject({ periodsBreached: 0, periodsMet: 1, latest: { value: 95 } });
    expect(now).toEqual((await compliance().expect(200)).body);
    await compliance(beforeContract).expect(404);
    await compliance('yesterday').expect(400);
  });
});
