import { DomainEvent } from '@vendorwatch/event-store';
import { Channel, Site } from './vendor-profile';
import { Criterion, Pricing } from './vendor-evaluation';
import { DueDiligenceItem, DueDiligenceOutcome, ReferenceOutcome } from './vendor-vetting';

export class VendorRegistered extends DomainEvent {
  static readonly type = 'VendorRegistered';
  constructor(
    readonly vendorId: string,
    readonly name: string,
    readonly legalName: string | null,
    readonly website: string | null,
    readonly country: string,
    readonly channels: Channel[],
    readonly languages: string[],
    readonly sites: Site[],
    readonly registeredAt: string,
  ) {
    super();
  }
}

/** Carries the figures computed from the criteria so consumers need not repeat the formulas. */
export class VendorEvaluated extends DomainEvent {
  static readonly type = 'VendorEvaluated';
  constructor(
    readonly vendorId: string,
    readonly criteria: Criterion[],
    readonly pricing: Pricing,
    readonly evaluatedAt: string,
    readonly weightedScore: number,
    readonly priceWeightShare: number,
  ) {
    super();
  }
}

export class VendorReferenceChecked extends DomainEvent {
  static readonly type = 'VendorReferenceChecked';
  constructor(
    readonly vendorId: string,
    readonly company: string,
    readonly contactRole: string,
    readonly outcome: ReferenceOutcome,
    readonly notes: string | null,
    readonly checkedAt: string,
  ) {
    super();
  }
}

export class VendorDueDiligenceRecorded extends DomainEvent {
  static readonly type = 'VendorDueDiligenceRecorded';
  constructor(
    readonly vendorId: string,
    readonly item: DueDiligenceItem,
    readonly outcome: DueDiligenceOutcome,
    readonly notes: string | null,
    readonly recordedAt: string,
  ) {
    super();
  }
}

export class VendorApproved extends DomainEvent {
  static readonly type = 'VendorApproved';
  constructor(
    readonly vendorId: string,
    readonly rationale: string,
    readonly approvedAt: string,
  ) {
    super();
  }
}

export class VendorRejected extends DomainEvent {
  static readonly type = 'VendorRejected';
  constructor(
    readonly vendorId: string,
    readonly reason: string,
    readonly rejectedAt: string,
  ) {
    super();
  }
}

/** The first of its contracts went live (driven by the contracts context's `ContractWentLive`). */
export class VendorActivated extends DomainEvent {
  static readonly type = 'VendorActivated';
  constructor(
    readonly vendorId: string,
    readonly contractId: string,
    readonly activatedAt: string,
  ) {
    super();
  }
}

export class VendorSuspended extends DomainEvent {
  static readonly type = 'VendorSuspended';
  constructor(
    readonly vendorId: string,
    readonly reason: string,
    readonly suspendedAt: string,
  ) {
    super();
  }
}

export class VendorReinstated extends DomainEvent {
  static readonly type = 'VendorReinstated';
  constructor(
    readonly vendorId: string,
    readonly reason: string,
    readonly reinstatedAt: string,
  ) {
    super();
  }
}

export class VendorOffboarded extends DomainEvent {
  static readonly type = 'VendorOffboarded';
  constructor(
    readonly vendorId: string,
    readonly reason: string,
    readonly offboardedAt: string,
  ) {
    super();
  }
}

/** One per month; a later report for the same month replaces the earlier one in read models. */
export class VendorRosterReported extends DomainEvent {
  static readonly type = 'VendorRosterReported';
  constructor(
    readonly vendorId: string,
    readonly month: string,
    readonly headcountStart: number,
    readonly headcountEnd: number,
    readonly leavers: number,
    readonly hires: number,
    readonly avgTenureMonths: number | null,
    readonly trainingHoursPerNewHire: number | null,
    readonly annualizedAttritionPercent: number | null,
    readonly reportedAt: string,
  ) {
    super();
  }
}

export const VENDOR_EVENTS = [
  VendorRegistered,
  VendorEvaluated,
  VendorReferenceChecked,
  VendorDueDiligenceRecorded,
  VendorApproved,
  VendorRejected,
  VendorActivated,
  VendorSuspended,
  VendorReinstated,
  VendorOffboarded,
  VendorRosterReported,
];
