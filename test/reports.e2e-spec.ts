import { Clock } from '@vendorwatch/event-store';
import { DataSource } from 'typeorm';
import { adminToken } from './helpers/auth';
import {
  Actors,
  approveVendor,
  draftContract,
  goLive,
  read,
  registerVendor,
  signInActors,
  write,
} from './helpers/checklist-fixtures';
import { startTestApp, TestApp } from './helpers/test-app';

const NOW = '2026-04-15T12:00:00.000Z';

/**
 * One vendor with one live contract, a weekly SLA (target 90 %, minimum sample 10) and three QA reviews; a second
 * vendor with nothing measured. The figures asserted below are computed by hand in the comments.
 */
describe('reports: performance, ranking and support debt on a seeded data set', () => {
  let t: TestApp;
  let actors: Actors;
  let admin: string;
  let vendorId: string;
  let otherVendorId: string;
  let contractId: string;
  let position: string;

  beforeAll(async () => {
    t = await startTestApp();
    t.app.get(Clock).set(NOW);
    actors = await signInActors(t);
    admin = await adminToken(t);
    vendorId = (await registerVendor(t, actors, 'Alpha Support')).id;
    await approveVendor(t, actors, vendorId);
    otherVendorId = (await registerVendor(t, actors, 'Beta Support')).id;
    await approveVendor(t, actors, otherVendorId);
    contractId = (await draftContract(t, actors, vendorId, { startDate: '2026-01-05' })).id;
    await goLive(t, actors, contractId, '2026-01-05T09:00:00.000Z');
    const sla = await write(t, actors.ops, 'post', `/contracts/${contractId}/slas`, {
      name: 'First response within 1h',
      metric: 'first_response_time',
      objective: { kind: 'attainment', thresholdMinutes: 60, targetPercent: 90 },
      period: 'week',
      minimumSample: 10,
      serviceCreditPercent: 5,
    });
    // Weekly periods: met, insufficient_data (5 < 10), met, breached, breached, met, breached, breached.
    const weeks: [string, number, number][] = [
      ['2026-02-02', 95, 50],
      ['2026-02-09', 50, 5],
      ['2026-03-02', 93, 40],
      ['2026-03-09', 80, 40],
      ['2026-03-16', 70, 40],
      ['2026-03-23', 92, 40],
      ['2026-03-30', 85, 40],
      ['2026-04-06', 60, 40],
    ];
    for (const [periodStart, value, sampleSize] of weeks) {
      position = (
        await write(t, actors.ops, 'post', `/slas/${sla.id}/measurements`, { periodStart, value, sampleSize })
      ).position;
    }
    const scorecard = await write(t, actors.qa, 'post', '/scorecards', {
      name: 'Chat',
      criteria: [
        { key: 'accuracy', label: 'Accurate', weight: 1, maxScore: 5 },
        { key: 'compliance', label: 'Verifies identity', weight: 1, maxScore: 1, critical: true },
      ],
    });
    // Scores: (4/5 + 1) / 2 = 90.0; (2/5 + 1) / 2 = 70.0; compliance 0 → auto-fail, 0.
    const reviews: [string, number, number][] = [
      ['2026-03-10T10:00:00.000Z', 4, 1],
      ['2026-03-20T10:00:00.000Z', 2, 1],
      ['2026-04-02T10:00:00.000Z', 5, 0],
    ];
    for (const [occurredAt, accuracy, compliance] of reviews) {
      position = (
        await write(t, actors.qa, 'post', '/qa-reviews', {
          contractId,
          scorecardId: scorecard.id,
          interaction: { externalId: `T-${occurredAt}`, channel: 'chat', occurredAt },
          agentRef: 'agent-1',
          answers: [
            { criterionKey: 'accuracy', score: accuracy },
            { criterionKey: 'compliance', score: compliance },
          ],
        })
      ).position;
    }
  });
  afterAll(async () => {
    t.app.get(Clock).reset();
    await t.close();
  });

  it('GET /vendors/:id/performance pools the vendor’s periods and reviews, with a monthly trend', async () => {
    const res = await read(t, admin, `/vendors/${vendorId}/performance?from=2026-02-01&to=2026-04-30`, position).expect(
      200,
    );
    expect(res.body).toMatchObject({
      vendorId,
      slaAttainmentRate: 0.4286, // met 3 (02-02, 03-02, 03-23) / final 7 (02-09 insufficient is left out)
      slaPeriodsBreached: 4, // 03-09, 03-16, 03-30, 04-06
      qaAverageScore: 53.3, // (90 + 70 + 0) / 3
      qaAutoFailRate: 0.3333, // 1 / 3
      openEscalations: 0,
      escalationsOpened: 0,
      annualizedAttritionPercent: null,
      checklistGrade: 'D',
    });
    expect(res.body.byContract).toEqual([
      expect.objectContaining({
        contractId,
        slaAttainmentRate: 0.4286,
        slaPeriodsBreached: 4,
        qaAverageScore: 53.3,
        checklistGrade: 'D',
      }),
    ]);
    expect(res.body.trend).toEqual([
      { month: '2026-02', slaAttainmentRate: 1, qaAverageScore: null, escalationsOpened: 0 },
      { month: '2026-03', slaAttainmentRate: 0.4, qaAverageScore: 80, escalationsOpened: 0 }, // 2 met of 5; (90 + 70) / 2
      { month: '2026-04', slaAttainmentRate: 0, qaAverageScore: 0, escalationsOpened: 0 },
    ]);
  });

  it('GET /reports/vendor-ranking shows every component and the documented composite', async () => {
    const res = await read(
      t,
      actors.procurement,
      '/reports/vendor-ranking?from=2026-02-01&to=2026-04-30',
      position,
    ).expect(200);
    expect(res.body).toMatchObject({ total: 2, limit: 50, offset: 0, method: expect.stringContaining('composite') });
    const alpha = res.body.items.find((i: { vendorId: string }) => i.vendorId === vendorId);
    const beta = res.body.items.find((i: { vendorId: string }) => i.vendorId === otherVendorId);
    expect(alpha.components).toMatchObject({
      slaAttainment: { value: 0.4286, score: 42.9, weight: 0.35 },
      qaAverage: { value: 53.3, score: 53.3, weight: 0.3 },
      attrition: { value: null, score: null, weight: 0.15, status: 'insufficient_data' },
    });
    const risk = alpha.components.checklistRisk;
    expect(risk.score).toBe(Math.round((1 - risk.value / 24) * 1000) / 10);
    // No attrition report: the other three weights (0.85) carry the composite.
    expect(alpha.composite).toBe(Math.round(((0.35 * 42.9 + 0.3 * 53.3 + 0.2 * risk.score) / 0.85) * 10) / 10);
    // Beta has only its checklist (no contract: items 2 passes, 8 warns, 10 fail = 21): (1 − 21/24) × 100 = 12.5.
    expect(beta).toMatchObject({
      composite: 12.5,
      componentsWithData: 1,
      components: {
        checklistRisk: { value: 21, grade: 'D', score: 12.5, status: 'ok' },
        slaAttainment: { value: null, status: 'insufficient_data' },
        qaAverage: { value: null, status: 'insufficient_data' },
      },
    });
    expect(res.body.items.map((i: { rank: number; vendorId: string }) => [i.rank, i.vendorId])).toEqual([
      [1, vendorId],
      [2, otherVendorId],
    ]);
    const page = await read(t, actors.procurement, '/reports/vendor-ranking?limit=1&offset=1', position).expect(200);
    expect(page.body).toMatchObject({ total: 2, limit: 1, offset: 1, items: [{ rank: 2 }] });
  });

  it('GET /reports/support-debt shows the four warning signs with their figures', async () => {
    // Stored directly: posting them through the ingest route would also re-measure this contract's FRT SLA from
    // them, while this scenario fixes its periods by hand above.
    const at = (day: string) => `2026-${day}T10:00:00.000Z`;
    const rows: [string, string, string | null, string][] = [
      ['04-01', 'chat', 'A', 'high'],
      ['04-03', 'email', 'A', 'normal'],
      ['04-01', 'chat', 'B', 'urgent'],
      ['04-02', 'chat', 'B', 'normal'],
      ['03-20', 'voice', 'C', 'high'],
      ['04-10', 'chat', 'C', 'normal'],
      ['04-05', 'email', 'D', 'urgent'],
      ['04-06', 'chat', 'E', 'normal'],
      ['04-07', 'chat', null, 'normal'],
      ['04-08', 'email', 'F', 'low'],
    ];
    for (const [i, [day, channel, customer, priority]] of rows.entries()) {
      await t.app
        .get(DataSource)
        .query(
          `INSERT INTO interactions (contract_id, external_id, channel, priority, customer_ref, created_at) VALUES ($1, $2, $3, $4, $5, $6)`,
          [contractId, `I-${i}`, channel, priority, customer, at(day)],
        );
    }
    const res = await read(t, admin, `/reports/support-debt?contractId=${contractId}`, position).expect(200);
    // Last 4 final periods 04-06 breached, 03-30 breached, 03-23 met, 03-16 breached: 3 of 4.
    expect(res.body.slasConstantlyMissed).toMatchObject({
      signal: true,
      slas: [{ name: 'First response within 1h', breachedOfLast4: 3 }],
    });
    expect(res.body.escalationsIncreasing).toMatchObject({ signal: false, last30Days: 0, previous30Days: 0 });
    // 4 high/urgent of 10 in the last 30 days = 0.4; open backlog at 03-25, 04-01, 04-08, 04-15 (12:00) = 1, 3, 9, 10.
    expect(res.body.firefighting).toMatchObject({
      signal: true,
      interactions: 10,
      highOrUrgent: 4,
      highOrUrgentShare: 0.4,
      backlogGrowing: true,
      backlog: [1, 3, 9, 10].map((open) => ({ at: expect.any(String), open })),
    });
    // Customers A–F = 6; only A came back on another channel within 7 days (C's second contact is 21 days later).
    expect(res.body.customersRepeating).toMatchObject({
      signal: true,
      customers: 6,
      repeatingCustomers: 1,
      share: 0.1667,
    });
  });
});
