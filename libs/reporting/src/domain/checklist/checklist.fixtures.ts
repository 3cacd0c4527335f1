import { ContractChecklistFacts, VendorChecklistFacts } from './checklist-facts';

/** Facts of a freshly drafted contract with no optional terms; override what a test needs. */
export function contractFacts(overrides: Partial<ContractChecklistFacts> = {}): ContractChecklistFacts {
  return {
    contractId: 'c-1',
    vendorId: 'v-1',
    title: 'Tier-1 chat',
    status: 'draft',
    startDate: '2026-03-02',
    liveAt: null,
    terms: {},
    coverage: null,
    milestones: {},
    lastGovernanceReviewAt: null,
    escalationRules: {},
    slas: {},
    qa: { recentReviewTimes: [], reviewsPerCalibrationGroup: {}, lastCalibration: null },
    ...overrides,
  };
}

/** Facts of a newly registered vendor; override what a test needs. */
export function vendorFacts(overrides: Partial<VendorChecklistFacts> = {}): VendorChecklistFacts {
  return {
    vendorId: 'v-1',
    name: 'Acme',
    status: 'prospect',
    evaluation: null,
    referenceChecks: { positive: 0, neutral: 0, negative: 0 },
    dueDiligence: {},
    roster: null,
    lastRosterReportedAt: null,
    contracts: {},
    ...overrides,
  };
}

export const NOW = new Date('2026-06-01T12:00:00.000Z');

/** An ISO instant `days` before NOW. */
export const daysBefore = (days: number): string => new Date(NOW.getTime() - days * 86_400_000).toISOString();
