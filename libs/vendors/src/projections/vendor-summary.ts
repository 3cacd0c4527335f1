import { Channel, Site } from '../domain/vendor-profile';
import { Criterion, Pricing } from '../domain/vendor-evaluation';
import { VendorStatus } from '../domain/vendor-status';
import { DueDiligenceItem, DueDiligenceOutcome, ReferenceOutcome } from '../domain/vendor-vetting';

/** `GET /vendors/:id` exactly as SPEC §3 lists it; also each item of `GET /vendors`. */
export interface VendorSummary {
  id: string;
  name: string;
  legalName: string | null;
  website: string | null;
  country: string;
  channels: Channel[];
  languages: string[];
  sites: Site[];
  status: VendorStatus;
  evaluation: {
    weightedScore: number;
    priceWeightShare: number;
    criteria: Criterion[];
    pricing: Pricing;
    evaluatedAt: string;
  } | null;
  referenceChecks: {
    company: string;
    contactRole: string;
    outcome: ReferenceOutcome;
    notes: string | null;
    checkedAt: string;
  }[];
  dueDiligence: Partial<Record<DueDiligenceItem, DueDiligenceOutcome>>;
  latestRoster: {
    month: string;
    headcountStart: number;
    headcountEnd: number;
    leavers: number;
    hires: number;
    avgTenureMonths: number | null;
    trainingHoursPerNewHire: number | null;
    reportedAt: string;
  } | null;
  annualizedAttritionPercent: number | null;
  contractIds: string[];
  version: number;
}

export const VENDOR_SUMMARY_PROJECTION = 'vendor-summary';
