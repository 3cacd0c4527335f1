import { ContractKey, SeededContracts, seedContracts } from './contracts';
import { handleEscalations, seedEscalationRules } from './escalations';
import { HelpdeskCase, readHelpdeskCases } from './helpdesk-log';
import { ingestInteractions, InteractionProfile, InteractionRow, seededWeeks, toInteractions } from './interactions';
import { seedQa } from './qa';
import { SeedClient } from './seed-client';
import { recordManualMeasurements, SeededSla, seedSlas } from './slas';
import { FIRST_VENDOR_NAME, SeededVendors, seedRosters, seedVendors, suspendVendor } from './vendors';

/** How much history to build: `weeks` of weekly periods, from every `caseEvery`-th case of the helpdesk log. */
export interface SeedSize {
  weeks: number;
  caseEvery: number;
}

export const DEMO_SIZE: SeedSize = { weeks: 52, caseEvery: 1 };

export const DEMO_USERS = {
  qaLead: 'qa.lead@vendorwatch.local',
  northwindStaff: 'team.lead@northwind-support.example',
};

/** Each live contract's helpdesk: Northwind quick and liked, Atlas in between, Bluebird slow and disliked. */
const PROFILES: Partial<Record<ContractKey, InteractionProfile>> = {
  northwindLive: { prefix: 'NW', channels: ['chat', 'email', 'email'], speed: 0.05, satisfaction: 0, agents: 14 },
  atlasLive: { prefix: 'AT', channels: ['chat', 'social'], speed: 0.1, satisfaction: 0, agents: 8 },
  bluebirdLive: { prefix: 'BB', channels: ['email', 'voice'], speed: 0.35, satisfaction: -1, agents: 10 },
};

export interface SeedSummary {
  vendors: SeededVendors;
  contracts: SeededContracts;
  slas: SeededSla[];
  interactions: number;
  measurements: number;
  qaReviews: number;
  escalations: { open: number; acknowledged: number; resolved: number };
}

export class AlreadySeededError extends Error {}

/** The seed fills a database once: a second run would register the same vendors again and be refused (409). */
export async function assertNotSeeded(admin: SeedClient): Promise<void> {
  const found = await admin.get<{ total: number }>(`/vendors?q=${encodeURIComponent(FIRST_VENDOR_NAME)}`);
  if (found.total > 0) {
    throw new AlreadySeededError(
      `This database already holds the demo data (vendor "${FIRST_VENDOR_NAME}" exists); seed a fresh database instead.`,
    );
  }
}

async function createUser(
  admin: SeedClient,
  email: string,
  password: string,
  roles: string[],
  vendorId?: string,
): Promise<SeedClient> {
  await admin.post('/users', { email, password, roles, ...(vendorId ? { vendorId } : {}) });
  return admin.as(email, password);
}

async function ingestAll(
  admin: SeedClient,
  contracts: SeededContracts,
  cases: HelpdeskCase[],
  size: SeedSize,
  now: Date,
) {
  const weeks = seededWeeks(now, size.weeks);
  const rows: Partial<Record<ContractKey, InteractionRow[]>> = {};
  let total = 0;
  let measured = 0;
  for (const [key, profile] of Object.entries(PROFILES) as [ContractKey, InteractionProfile][])
    rows[key] = toInteractions(cases, profile, weeks, now);
  for (const [key, contractRows] of Object.entries(rows) as [ContractKey, InteractionRow[]][]) {
    const report = await ingestInteractions(admin, contracts[key], contractRows);
    total += report.accepted;
    measured += report.measurementsRecorded;
  }
  return { rows, total, measured };
}

/**
 * The demo scenario of issue 10, written through the public API as `admin`: vendors in every state, contracts
 * from draft to live (one with missing sections), SLAs with weekly periods, QA with disputes and calibration,
 * escalations opened by their triggers, roster reports and governance reviews.
 */
export async function seedScenario(
  admin: SeedClient,
  options: { size: SeedSize; password: string; now?: Date },
): Promise<SeedSummary> {
  const now = options.now ?? new Date();
  await assertNotSeeded(admin);
  const vendors = await seedVendors(admin, now);
  const contracts = await seedContracts(admin, vendors, now);
  const slas = await seedSlas(admin, contracts);
  await seedEscalationRules(admin, contracts);
  await seedRosters(admin, vendors, now);

  const cases = readHelpdeskCases().filter((_, i) => i % options.size.caseEvery === 0);
  const ingested = await ingestAll(admin, contracts, cases, options.size, now);
  const manual = await recordManualMeasurements(admin, slas, seededWeeks(now, options.size.weeks));

  const lead = await createUser(admin, DEMO_USERS.qaLead, options.password, ['qa_reviewer']);
  const northwindStaff = await createUser(
    admin,
    DEMO_USERS.northwindStaff,
    options.password,
    ['vendor'],
    vendors.northwind,
  );
  const qaReviews = await seedQa({ reviewer: admin, lead, northwindStaff }, contracts, ingested.rows);

  const escalations = await handleEscalations(admin, contracts);
  await suspendVendor(admin, vendors.atlas);
  return {
    vendors,
    contracts,
    slas,
    interactions: ingested.total,
    measurements: ingested.measured + manual,
    qaReviews,
    escalations,
  };
}
