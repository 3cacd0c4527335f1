import type { ContractStatus, ContractTerms } from '@vendorwatch/contracts';

/** The coverage of the contract's demand week, computed when the terms change (see `weeklyCoverage`). */
export interface CoverageFacts {
  weekOf: string;
  demandMinutes: number;
  coveredMinutes: number;
  share: number;
  gaps: { from: string; to: string }[];
}

export interface EscalationRuleFacts {
  name: string;
  enabled: boolean;
  levels: { authority?: string }[];
  definedAt: string;
}

export interface SlaFacts {
  name: string;
  serviceCreditPercent: number;
  active: boolean;
}

export interface QaFacts {
  /** Submission times of the reviews of the latest month or so; older ones can no longer count. */
  recentReviewTimes: string[];
  reviewsPerCalibrationGroup: Record<string, number>;
  /** The latest review that made (or kept) a calibration group at ≥ 2 reviews. */
  lastCalibration: { group: string; at: string } | null;
}

/** Everything the checklist knows about one contract, kept up to date by the contract-facts projection. */
export interface ContractChecklistFacts {
  contractId: string;
  vendorId: string;
  title: string;
  status: ContractStatus;
  startDate: string;
  liveAt: string | null;
  terms: Pick<ContractTerms, 'goals' | 'coverage' | 'scalePlan' | 'integration' | 'governance' | 'qaPlan'>;
  coverage: CoverageFacts | null;
  milestones: Record<string, string>;
  lastGovernanceReviewAt: string | null;
  escalationRules: Record<string, EscalationRuleFacts>;
  slas: Record<string, SlaFacts>;
  qa: QaFacts;
}

/** Everything the checklist knows about one vendor, kept up to date by the vendor-facts projection. */
export interface VendorChecklistFacts {
  vendorId: string;
  name: string;
  status: string;
  evaluation: { criteriaKeys: string[]; priceWeightShare: number; evaluatedAt: string } | null;
  referenceChecks: { positive: number; neutral: number; negative: number };
  dueDiligence: Record<string, string>;
  /** The report of the latest month. */
  roster: { month: string; annualizedAttritionPercent: number | null } | null;
  lastRosterReportedAt: string | null;
  contracts: Record<string, ContractStatus>;
}
