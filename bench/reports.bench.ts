import { randomUUID } from 'node:crypto';
import { EventStore, NewEvent } from '@vendorwatch/event-store';
import { BenchApp, latencies, startBenchApp, timeGets } from './bench-app';

/** Today's bench data is 1,000 vendors with 5 contracts each; BENCH_REPORT_SCALE multiplies it (default 10). */
const SCALE = Number(process.env.BENCH_REPORT_SCALE ?? 10);
const VENDORS = 1000 * SCALE;
const CONTRACTS_PER_VENDOR = 5;
const SLAS = 20;
const WEEKS = 104;
const FIRST_WEEK = '2024-12-09';
const REQUESTS = 500;
const SEED_CONCURRENCY = 20;
const TARGET_P95_MS = 25;

const event = (type: string, data: object): NewEvent => ({ type, schemaVersion: 1, data });

/** A contract with every section, so each checklist item has real facts to judge (coverage across zones included). */
function contractEvents(contractId: string, vendorId: string, n: number, startDate = '2026-01-05'): NewEvent[] {
  const at = `${startDate}T09:00:00.000Z`;
  return [
    event('ContractDrafted', {
      contractId,
      vendorId,
      title: `Contract ${n}`,
      startDate,
      endDate: '2027-12-31',
      channels: ['chat'],
      monthlyFee: { amount: 40000, currency: 'USD' },
      serviceCreditCapPercent: 15,
      goals: { responseTimeTargets: '1h', toneGuidelines: 'warm' },
      coverage: {
        demand: {
          timezone: 'America/New_York',
          windows: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '08:00', end: '20:00' }],
        },
        vendorShifts: [
          { timezone: 'Asia/Manila', days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '20:00', end: '08:00' },
        ],
        overlapHoursWithInternalTeam: 2,
      },
      scalePlan: {
        peakMultiplier: 1.5,
        elasticStaffingPercent: 30,
        overflowProcedure: 'overflow',
        surgeNoticeHours: 48,
      },
      integration: { customerHistoryAccess: true, knowledgeBaseAccess: true },
      governance: { reviewCadenceDays: 30, reportingCadence: 'weekly' },
      qaPlan: { monthlyReviewTarget: 100, calibrationCadenceDays: 30 },
      draftedAt: at,
    }),
    event('ContractSigned', { contractId, vendorId, signedAt: at }),
    event('ContractWentLive', { contractId, vendorId, liveAt: at }),
  ];
}

function vendorEvents(vendorId: string, v: number): NewEvent[] {
  return [
    event('VendorRegistered', {
      vendorId,
      name: `Bench vendor ${v}`,
      legalName: null,
      website: null,
      country: 'PH',
      channels: ['chat'],
      languages: ['en'],
      sites: [],
      registeredAt: '2024-01-01T00:00:00.000Z',
    }),
    event('VendorEvaluated', {
      vendorId,
      criteria: [{ key: 'price', score: 3, weight: 1 }],
      pricing: { model: 'per_hour', rate: { amount: 12, currency: 'USD' } },
      evaluatedAt: '2024-01-02T00:00:00.000Z',
      weightedScore: 3,
      priceWeightShare: 1,
    }),
  ];
}

/** A registered, evaluated vendor and `contracts` live contracts of it, appended to the store; the last position. */
export async function seedVendorWithContracts(
  store: EventStore,
  v: number,
  contracts: number,
): Promise<{ position: string; vendorId: string; contractIds: string[] }> {
  const vendorId = randomUUID();
  let position = (await store.append({ id: vendorId, type: 'Vendor' }, 0, vendorEvents(vendorId, v))).position;
  const contractIds: string[] = [];
  for (let c = 0; c < contracts; c++) {
    const contractId = randomUUID();
    contractIds.push(contractId);
    position = (await store.append({ id: contractId, type: 'Contract' }, 0, contractEvents(contractId, vendorId, c)))
      .position;
  }
  return { position, vendorId, contractIds };
}

/** Vendors and live contracts through the event store, as their commands would have written them. */
async function seedPortfolio(store: EventStore): Promise<{ contractIds: string[]; position: string }> {
  const contractIds: string[] = [];
  let position = '0';
  for (let v = 0; v < VENDORS; v += SEED_CONCURRENCY) {
    const seeded = await Promise.all(
      Array.from({ length: SEED_CONCURRENCY }, (_, i) => seedVendorWithContracts(store, v + i, CONTRACTS_PER_VENDOR)),
    );
    for (const vendor of seeded) {
      contractIds.push(...vendor.contractIds);
      if (BigInt(vendor.position) > BigInt(position)) position = vendor.position;
    }
  }
  return { contractIds, position };
}

async function post(app: BenchApp, path: string, body: object): Promise<{ id: string; position: string }> {
  const res = await fetch(`${app.base}${path}`, {
    method: 'POST',
    headers: { ...app.auth, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (res.status !== 201) throw new Error(`POST ${path} answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as { id: string; position: string };
}

/** One vendor whose contract has 20 SLAs measured weekly for two years, through the API. */
async function seedMeasuredVendor(app: BenchApp): Promise<{ vendorId: string; contractId: string; position: string }> {
  const store = app.app.get(EventStore);
  const vendorId = randomUUID();
  const contractId = randomUUID();
  await store.append({ id: vendorId, type: 'Vendor' }, 0, vendorEvents(vendorId, VENDORS));
  await store.append({ id: contractId, type: 'Contract' }, 0, contractEvents(contractId, vendorId, 0, FIRST_WEEK));
  let position = '0';
  for (let s = 0; s < SLAS; s++) {
    const sla = await post(app, `/contracts/${contractId}/slas`, {
      name: `Bench SLA ${s}`,
      metric: 'csat',
      objective: { kind: 'min', target: 80 },
      period: 'week',
      minimumSample: 10,
      serviceCreditPercent: 2,
    });
    for (let w = 0; w < WEEKS; w++) {
      const periodStart = new Date(Date.parse(`${FIRST_WEEK}T00:00:00Z`) + w * 7 * 86_400_000).toISOString();
      const value = 70 + ((w * 7 + s * 3) % 25);
      position = (await post(app, `/slas/${sla.id}/measurements`, { periodStart, value, sampleSize: 40 })).position;
    }
  }
  return { vendorId, contractId, position };
}

/**
 * Report latency at ten times today's bench data (SPEC §8, §10): 10,000 vendors and 50,000 live contracts, one of
 * whose contracts has 20 SLAs measured weekly for two years. Sequential requests after the projections caught up,
 * beside `GET /health` on the same server as the baseline (the HTTP stack's own cost).
 */
export async function reportsBench(): Promise<void> {
  const app = await startBenchApp();
  try {
    const seeding = Date.now();
    const { contractIds, position } = await seedPortfolio(app.app.get(EventStore));
    const measured = await seedMeasuredVendor(app);
    await app.catchUp(BigInt(measured.position) > BigInt(position) ? measured.position : position);
    const size = `${VENDORS.toLocaleString('en-US')} vendors, ${contractIds.length.toLocaleString('en-US')} contracts`;
    console.log(
      `\nReports at ${size}; ${SLAS} SLAs x ${WEEKS} weeks on one contract (seeded in ${((Date.now() - seeding) / 1000).toFixed(0)} s)`,
    );
    const random = () => contractIds[Math.floor(Math.random() * contractIds.length)];
    const reports: [string, () => string][] = [
      ['GET /contracts/:id/checklist (random contract)', () => `${app.base}/contracts/${random()}/checklist`],
      [
        'GET /contracts/:id/compliance (20 SLAs, 2 years)',
        () => `${app.base}/contracts/${measured.contractId}/compliance`,
      ],
      [
        'GET /vendors/:id/performance (2 years)',
        () => `${app.base}/vendors/${measured.vendorId}/performance?from=${FIRST_WEEK}&to=2026-12-06`,
      ],
      ['GET /reports/vendor-ranking (first page of 50)', () => `${app.base}/reports/vendor-ranking?limit=50`],
      [
        'GET /reports/vendor-ranking (2-year window, page 2)',
        () => `${app.base}/reports/vendor-ranking?from=${FIRST_WEEK}&to=2026-12-06&limit=50&offset=50`,
      ],
      ['baseline: GET /health on the same server', () => `${app.base}/health`],
    ];
    const width = Math.max(...reports.map(([name]) => name.length));
    for (const [name, urlOf] of reports) {
      const { text, p95 } = latencies(await timeGets(urlOf, app.auth, REQUESTS));
      const verdict = name.startsWith('baseline')
        ? ''
        : `  target p95 < ${TARGET_P95_MS} ms: ${p95 < TARGET_P95_MS ? 'met' : 'missed'}`;
      console.log(`  ${name.padEnd(width)}  ${text}${verdict}`);
    }
  } finally {
    await app.close();
  }
}
