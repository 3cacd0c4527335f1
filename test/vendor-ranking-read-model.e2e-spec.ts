import { randomUUID } from 'node:crypto';
import { Clock, EventStore, NewEvent } from '@vendorwatch/event-store';
import { DataSource } from 'typeorm';
import { contractChecklist, vendorChecklist } from '../libs/reporting/src/domain/checklist/checklist';
import { ContractChecklistFacts, VendorChecklistFacts } from '../libs/reporting/src/domain/checklist/checklist-facts';
import { performanceOf } from '../libs/reporting/src/domain/reports/performance';
import { rankVendors } from '../libs/reporting/src/domain/reports/vendor-ranking';
import { VendorRankingRefreshJob } from '../libs/reporting/src/projections/vendor-ranking-refresh.job';
import { staleVendorIds } from '../libs/reporting/src/projections/vendor-ranking.rows';
import { performanceCells } from '../libs/reporting/src/queries/performance-cells';
import { reportPeriod } from '../libs/reporting/src/queries/report-period';
import { Actors, read, signInActors } from './helpers/checklist-fixtures';
import { settled, startTestApp, TestApp } from './helpers/test-app';

const NOW = '2026-04-15T12:00:00.000Z';
const NAMES = ['alpha', 'Alpha', 'Ålborg Care', 'beta 10', 'beta 9', 'Beta', 'zeta', '_desk', 'Échelle', 'eagle'];

const event = (type: string, data: object): NewEvent => ({ type, schemaVersion: 1, data });

/**
 * The ranking as it was computed before its read model (every vendor's checklist and performance on each request),
 * the reference the indexed read must equal.
 */
async function rankingEvaluatedInFull(db: DataSource, now: Date, from?: string, to?: string) {
  const period = reportPeriod(now, from, to);
  const vendors: { doc: VendorChecklistFacts }[] = await db.query(`SELECT doc FROM reporting_vendor_facts`);
  const contracts: { doc: ContractChecklistFacts }[] = await db.query(
    `SELECT doc FROM reporting_contract_facts WHERE status <> 'terminated'`,
  );
  const cells = await performanceCells(db, { all: true }, period.from, period.to);
  return rankVendors(
    vendors
      .map((v) => v.doc)
      .filter((facts) => !['rejected', 'offboarded'].includes(facts.status))
      .map((facts) => {
        const own = contracts.map((c) => c.doc).filter((c) => c.vendorId === facts.vendorId);
        const checklist = vendorChecklist(
          facts,
          own.map((c) => ({ title: c.title, checklist: contractChecklist(c, facts, now) })),
          now,
        );
        const figures = performanceOf(cells.filter((cell) => cell.vendorId === facts.vendorId));
        return {
          vendorId: facts.vendorId,
          name: facts.name,
          status: facts.status,
          slaAttainmentRate: figures.slaAttainmentRate,
          qaAverageScore: figures.qaAverageScore,
          riskScore: checklist.riskScore,
          grade: checklist.grade,
          annualizedAttritionPercent: facts.roster?.annualizedAttritionPercent ?? null,
        };
      }),
  );
}

/** A vendor `v` of the fixture: facts that vary by `v` (evaluation, roster, governance, termination, rejection). */
function vendorEvents(vendorId: string, v: number): NewEvent[] {
  const events = [
    event('VendorRegistered', {
      vendorId,
      name: `${NAMES[v % NAMES.length]}${v < NAMES.length ? '' : ` ${v}`}`,
      legalName: null,
      website: null,
      country: 'PH',
      channels: ['chat'],
      languages: ['en'],
      sites: [],
      registeredAt: '2025-01-01T00:00:00.000Z',
    }),
  ];
  if (v % 2 === 0)
    events.push(
      event('VendorEvaluated', {
        vendorId,
        criteria: [{ key: 'price', score: 3, weight: 1 }],
        pricing: { model: 'per_hour', rate: { amount: 12, currency: 'USD' } },
        evaluatedAt: '2025-01-02T00:00:00.000Z',
        weightedScore: 3,
        priceWeightShare: v % 4 === 0 ? 1 : 0.3,
      }),
    );
  if (v % 3 !== 0)
    events.push(
      event('VendorRosterReported', {
        vendorId,
        month: '2026-02',
        headcountStart: 40,
        headcountEnd: 40,
        leavers: v % 7,
        hires: v % 7,
        avgTenureMonths: 12,
        trainingHoursPerNewHire: 40,
        annualizedAttritionPercent: (v * 13.7) % 90,
        reportedAt: new Date(Date.parse(NOW) - (v % 5) * 20 * 86_400_000).toISOString(),
      }),
    );
  if (v % 11 === 5) events.push(event('VendorRejected', { vendorId, reason: 'no', rejectedAt: NOW }));
  return events;
}

function contractEvents(contractId: string, vendorId: string, v: number): NewEvent[] {
  const at = '2026-01-05T09:00:00.000Z';
  const events = [
    event('ContractDrafted', {
      contractId,
      vendorId,
      title: `Contract of ${v}`,
      startDate: '2026-01-05',
      endDate: '2027-12-31',
      channels: ['chat'],
      monthlyFee: { amount: 40000, currency: 'USD' },
      serviceCreditCapPercent: v % 2 ? 15 : null,
      goals: v % 3 ? { responseTimeTargets: '1h', toneGuidelines: 'warm' } : {},
      governance: { reviewCadenceDays: 30, reportingCadence: 'weekly' },
      qaPlan: { monthlyReviewTarget: 100, calibrationCadenceDays: 30 },
      draftedAt: at,
    }),
    event('ContractSigned', { contractId, vendorId, signedAt: at }),
    event('ContractWentLive', { contractId, vendorId, liveAt: at }),
  ];
  if (v % 4 !== 1)
    events.push(
      event('GovernanceReviewHeld', {
        contractId,
        vendorId,
        heldAt: new Date(Date.parse(NOW) - (v % 6) * 11 * 86_400_000).toISOString(),
        attendees: ['a'],
        summary: 's',
        actionItems: [],
      }),
    );
  if (v % 9 === 8)
    events.push(
      event('ContractTerminated', {
        contractId,
        vendorId,
        reason: 'r',
        effectiveDate: '2026-03-01',
        terminatedAt: NOW,
      }),
    );
  return events;
}

/** Period facts in and out of the windows, with scores whose sums are not exact in binary. */
async function seedPerformance(db: DataSource, vendorId: string, contractId: string, v: number): Promise<void> {
  for (let w = 0; w < v % 8; w++) {
    const start = new Date(Date.parse('2025-09-01') + (w * 5 + v) * 7 * 86_400_000).toISOString().slice(0, 10);
    await db.query(`INSERT INTO reporting_sla_periods VALUES ($1, $2, $2::date + 6, $3, $4, $5, $6)`, [
      `sla-${v}`,
      start,
      contractId,
      vendorId,
      (v + w) % 3 ? 'met' : 'breached',
      w === 7,
    ]);
  }
  for (let r = 0; r < v % 5; r++) {
    const occurredAt = new Date(Date.parse('2025-10-01') + (r * 47 + v * 3) * 86_400_000).toISOString();
    await db.query(`INSERT INTO reporting_qa_reviews VALUES ($1, $2, $3, $4, $4, $5, false)`, [
      `review-${v}-${r}`,
      contractId,
      vendorId,
      occurredAt,
      60 + ((v * 7.3 + r * 11.1) % 40),
    ]);
  }
}

describe('the vendor ranking read model answers as evaluating every vendor did', () => {
  let t: TestApp;
  let actors: Actors;
  let db: DataSource;
  let position: string;
  const clock = () => t.app.get(Clock);

  beforeAll(async () => {
    t = await startTestApp();
    clock().set(NOW);
    actors = await signInActors(t);
    db = t.app.get(DataSource);
    const store = t.app.get(EventStore);
    for (let v = 0; v < 60; v++) {
      const vendorId = randomUUID();
      position = (await store.append({ id: vendorId, type: 'Vendor' }, 0, vendorEvents(vendorId, v))).position;
      for (let c = 0; c < v % 3; c++) {
        const contractId = randomUUID();
        position = (
          await store.append({ id: contractId, type: 'Contract' }, 0, contractEvents(contractId, vendorId, v + c))
        ).position;
        await seedPerformance(db, vendorId, contractId, v + c);
      }
    }
    await settled(t, position);
  }, 120_000);

  afterAll(() => t.close());

  async function expectSameRanking(query = '', from?: string, to?: string) {
    const expected = await rankingEvaluatedInFull(db, clock().now(), from, to);
    const all = await read(t, actors.procurement, `/reports/vendor-ranking?limit=200${query}`, position).expect(200);
    expect(all.body.total).toBe(expected.length);
    expect(all.body.items).toEqual(expected);
    const page = await read(t, actors.procurement, `/reports/vendor-ranking?limit=7&offset=5${query}`).expect(200);
    expect(page.body.items).toEqual(expected.slice(5, 12));
  }

  it('for the default window and a custom one', async () => {
    await expectSameRanking();
    await expectSameRanking('&from=2025-11-03&to=2026-02-14', '2025-11-03', '2026-02-14');
    await expectSameRanking('&from=2024-01-01&to=2027-12-31', '2024-01-01', '2027-12-31');
  });

  it('when the clock has moved past some checklists, before and after the refresh job', async () => {
    clock().set('2026-05-20T12:00:00.000Z');
    expect((await staleVendorIds(db, clock().now())).length).toBeGreaterThan(0);
    await expectSameRanking();
    await t.app.get(VendorRankingRefreshJob).run();
    expect(await staleVendorIds(db, clock().now())).toEqual([]);
    await expectSameRanking();
  });

  it('when the clock reads earlier than the checklists were evaluated', async () => {
    clock().set('2026-03-01T00:00:00.000Z');
    await expectSameRanking('&from=2025-06-01&to=2026-06-30', '2025-06-01', '2026-06-30');
  });
});
