import { Clock } from '@vendorwatch/event-store';
import { ComputedMeasurements } from '@vendorwatch/slas';
import { bearer, userWithRole } from './helpers/auth';
import { eventually } from './helpers/eventually';
import { startTestApp, TestApp } from './helpers/test-app';
import { answers, SCORECARD_V2 } from './helpers/qa-fixtures';
import { vendorBody } from './helpers/vendors-fixtures';
import { minimalContract } from './helpers/contracts-fixtures';

type User = { id: string; token: string };
type AuditEvent = { type: string; position: string; data: Record<string, unknown> };

describe('qa: the qa_score SLA is measured from reviews', () => {
  let t: TestApp;
  let procurement: User, opsManager: User, reviewer: User, secondReviewer: User, vendorStaff: User;

  const post = (path: string, body: object, user: User) =>
    t.http.post(`/api/v1${path}`).set(bearer(user.token)).send(body);
  const slaEvents = async (slaId: string): Promise<AuditEvent[]> =>
    (await t.http.get(`/api/v1/slas/${slaId}/history?limit=200`).set(bearer(opsManager.token)).expect(200)).body.items;
  const measurementsOf = async (slaId: string, expected: number) =>
    eventually(async () => {
      const measured = (await slaEvents(slaId)).filter((e) => e.type === 'SlaMeasured').map((e) => e.data);
      expect(measured).toHaveLength(expected);
      return measured;
    });

  beforeAll(async () => {
    t = await startTestApp();
    [procurement, opsManager, reviewer, secondReviewer] = await Promise.all([
      userWithRole(t, 'procurement'),
      userWithRole(t, 'ops_manager'),
      userWithRole(t, 'qa_reviewer'),
      userWithRole(t, 'qa_reviewer'),
    ]);
  });
  afterAll(() => t.close());

  it('measures the period of each review, re-measures on amendments, and appends nothing when nothing changed', async () => {
    const vendorId = (
      await post(
        '/vendors',
        vendorBody('Initech Support', { channels: ['chat', 'email'], languages: ['en'] }),
        procurement,
      ).expect(201)
    ).body.id;
    vendorStaff = await userWithRole(t, 'vendor', { vendorId });
    const contractId = (await post('/contracts', minimalContract(vendorId), procurement).expect(201)).body.id;
    const scorecardId = (await post('/scorecards', SCORECARD_V2, reviewer).expect(201)).body.id;

    // Interactions of last month: that period has ended, so its measurements are final (not provisional).
    const now = new Date();
    const lastMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
    const periodStart = lastMonth.toISOString();
    const occurredAt = new Date(lastMonth.getTime() + 3 * 24 * 60 * 60 * 1000).toISOString();
    const submit = async (by: User, scores: [number, number, number]) =>
      (
        await post(
          '/qa-reviews',
          {
            contractId,
            scorecardId,
            interaction: { externalId: `T-${scores.join('')}`, channel: 'email', occurredAt },
            agentRef: 'agent-a',
            answers: answers(['greeting', scores[0]], ['empathy', scores[1]], ['compliance', scores[2]]),
          },
          by,
        ).expect(201)
      ).body.id as string;

    const first = await submit(reviewer, [5, 2, 1]); // (1 + 1 + 2) / 5 = 80.0
    const sla = await post(
      `/contracts/${contractId}/slas`,
      {
        name: 'QA average at least 80',
        metric: 'qa_score',
        objective: { kind: 'min', target: 80 },
        period: 'month',
        minimumSample: 2,
        serviceCreditPercent: 5,
      },
      opsManager,
    ).expect(201);
    const slaId = sla.body.id;

    // Defined after a review already exists: its period is measured at once (1 review < minimumSample 2).
    const [onDefinition] = await measurementsOf(slaId, 1);
    expect(onDefinition).toMatchObject({
      periodStart,
      value: 80,
      sampleSize: 1,
      source: 'computed',
      outcome: 'insufficient_data',
      provisional: false,
    });

    const second = await submit(reviewer, [3, 1, 1]); // (0.6 + 0.5 + 2) / 5 = 62.0
    const afterSecond = await measurementsOf(slaId, 2);
    expect(afterSecond[1]).toMatchObject({ periodStart, value: 71, sampleSize: 2, outcome: 'breached' }); // (80 + 62) / 2

    // An upheld dispute changes no score: nothing is appended.
    await post(`/qa-reviews/${first}/disputes`, { reason: 'Fair?' }, vendorStaff).expect(201);
    await post(
      `/qa-reviews/${first}/dispute-resolution`,
      { outcome: 'upheld', note: 'Stands.' },
      secondReviewer,
    ).expect(201);
    // The amendment of the second review lifts the average: (80 + 100) / 2 = 90 → met, breach retracted.
    await post(`/qa-reviews/${second}/disputes`, { reason: 'Empathy was there.' }, vendorStaff).expect(201);
    await post(
      `/qa-reviews/${second}/dispute-resolution`,
      {
        outcome: 'amended',
        note: 'Agreed.',
        answers: answers(['greeting', 5], ['empathy', 4], ['compliance', 1]),
      },
      secondReviewer,
    ).expect(201);

    const afterAmendment = await measurementsOf(slaId, 3);
    expect(afterAmendment[2]).toMatchObject({ periodStart, value: 90, sampleSize: 2, outcome: 'met' });
    const history = await slaEvents(slaId);
    expect(history.map((e) => e.type)).toEqual([
      'SlaDefined',
      'SlaMeasured',
      'SlaMeasured',
      'SlaBreached',
      'SlaMeasured',
      'SlaBreachRetracted',
    ]);

    const view = await t.http
      .get(`/api/v1/slas/${slaId}`)
      .set(bearer(opsManager.token))
      .set('X-Min-Position', history[history.length - 1].position)
      .expect(200);
    expect(view.body.periods[0]).toMatchObject({
      periodStart,
      value: 90,
      sampleSize: 2,
      source: 'computed',
      outcome: 'met',
    });
  });

  it('measures the running period as provisional and gives it its final figure once it has ended', async () => {
    const vendorId = (
      await post(
        '/vendors',
        vendorBody('Hooli Care', { channels: ['chat', 'email'], languages: ['en'] }),
        procurement,
      ).expect(201)
    ).body.id;
    const contractId = (await post('/contracts', minimalContract(vendorId), procurement).expect(201)).body.id;
    const scorecardId = (await post('/scorecards', SCORECARD_V2, reviewer).expect(201)).body.id;
    const slaId = (
      await post(
        `/contracts/${contractId}/slas`,
        {
          name: 'QA average at least 80',
          metric: 'qa_score',
          objective: { kind: 'min', target: 80 },
          period: 'month',
          minimumSample: 1,
          serviceCreditPercent: 5,
        },
        opsManager,
      ).expect(201)
    ).body.id;

    const clock = t.app.get(Clock);
    const occurredAt = clock.now();
    await post(
      '/qa-reviews',
      {
        contractId,
        scorecardId,
        interaction: { externalId: 'H-1', channel: 'chat', occurredAt: occurredAt.toISOString() },
        agentRef: 'agent-h',
        answers: answers(['greeting', 5], ['empathy', 1], ['compliance', 1]), // (1 + 0.5 + 2) / 5 = 70.0
      },
      reviewer,
    ).expect(201);
    const [running] = await measurementsOf(slaId, 1);
    expect(running).toMatchObject({ value: 70, sampleSize: 1, provisional: true, outcome: 'breached' });
    expect((await slaEvents(slaId)).map((e) => e.type)).not.toContain('SlaBreached');

    const nextMonth = Date.UTC(occurredAt.getUTCFullYear(), occurredAt.getUTCMonth() + 1, 1);
    clock.advance(nextMonth - occurredAt.getTime() + 60_000);
    await t.app.get(ComputedMeasurements).remeasureOpenPeriods();

    const [, ended] = await measurementsOf(slaId, 2);
    expect(ended).toMatchObject({
      periodStart: running.periodStart,
      value: 70,
      sampleSize: 1,
      provisional: false,
      outcome: 'breached',
    });
    expect((await slaEvents(slaId)).map((e) => e.type)).toContain('SlaBreached');
  });
});
