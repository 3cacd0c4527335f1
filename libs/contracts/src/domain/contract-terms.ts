export const CHANNELS = ['voice', 'chat', 'email', 'social'] as const;
export type Channel = (typeof CHANNELS)[number];

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface Money {
  amount: number;
  currency: string;
}

export interface TimeWindow {
  days: Weekday[];
  /** "HH:MM"; an `end` at or before `start` runs past midnight into the next day. */
  start: string;
  end: string;
}

export interface VendorShift extends TimeWindow {
  timezone: string;
}

export type ContractGoals = {
  responseTimeTargets?: string;
  escalationBoundaries?: string;
  toneGuidelines?: string;
  resolutionStandards?: string;
};

export type ContractCoverage = {
  demand?: { timezone?: string; windows?: TimeWindow[] };
  vendorShifts?: VendorShift[];
  overlapHoursWithInternalTeam?: number;
  weekendRule?: string;
  escalationWindow?: string;
};

export type ContractScalePlan = {
  forecastMonthlyVolume?: number;
  peakMultiplier?: number;
  elasticStaffingPercent?: number;
  overflowProcedure?: string;
  surgeNoticeHours?: number;
};

export type ContractIntegration = {
  customerHistoryAccess?: boolean;
  internalNotesAccess?: boolean;
  productUpdatesFeed?: boolean;
  knowledgeBaseAccess?: boolean;
};

export type ContractGovernance = {
  reviewCadenceDays?: number;
  reportingCadence?: string;
  ownershipBoundaries?: string;
  /** Days a vendor may dispute an SLA period's figure (SPEC §13); 30 when unset. */
  slaDisputeWindowDays?: number;
};

export type ContractQaPlan = {
  monthlyReviewTarget?: number;
  calibrationCadenceDays?: number;
  disputeWindowDays?: number;
};

/** Everything a contract promises besides who it is with; only the first five fields are required. */
export interface ContractTerms {
  title: string;
  startDate: string;
  endDate: string;
  channels: Channel[];
  monthlyFee: Money;
  serviceCreditCapPercent?: number;
  goals?: ContractGoals;
  coverage?: ContractCoverage;
  scalePlan?: ContractScalePlan;
  integration?: ContractIntegration;
  governance?: ContractGovernance;
  qaPlan?: ContractQaPlan;
}

export const REQUIRED_TERMS = ['title', 'startDate', 'endDate', 'channels', 'monthlyFee'] as const;

/** The optional sections, amended field by field; every other term is replaced as a whole. */
export const TERM_SECTIONS = ['goals', 'coverage', 'scalePlan', 'integration', 'governance', 'qaPlan'] as const;
export type TermSection = (typeof TERM_SECTIONS)[number];

/**
 * An amendment: the changed terms only. A section holds only its changed fields. `null` removes an optional
 * term, a whole section, or one field of a section.
 */
export type TermChanges = {
  [K in keyof ContractTerms]?: K extends TermSection
    ? { [F in keyof NonNullable<ContractTerms[K]>]?: NonNullable<ContractTerms[K]>[F] | null } | null
    : ContractTerms[K] | null;
};
