import { DomainEvent } from '@vendorwatch/event-store';
import { ContractTerms, TermChanges } from './contract-terms';

export const ONBOARDING_MILESTONES = [
  'product_walkthrough',
  'real_case_training',
  'shadowing',
  'documentation_access',
] as const;
export type OnboardingMilestone = (typeof ONBOARDING_MILESTONES)[number];

/** The terms are stored flat beside the ids, in the shape of the `POST /contracts` body. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type -- types the terms the constructor assigns flat
export interface ContractDrafted extends ContractTerms {}
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see the interface above
export class ContractDrafted extends DomainEvent {
  static readonly type = 'ContractDrafted';
  constructor(
    readonly contractId: string,
    readonly vendorId: string,
    terms: ContractTerms,
    readonly draftedAt: string,
  ) {
    super();
    Object.assign(this, terms);
  }
}

export function draftedTerms(event: ContractDrafted): ContractTerms {
  const terms: ContractTerms & { contractId?: string; vendorId?: string; draftedAt?: string } = { ...event };
  delete terms.contractId;
  delete terms.vendorId;
  delete terms.draftedAt;
  return terms;
}

/** `changes` holds only the terms that changed (see `TermChanges`; apply with `applyTermChanges`). */
export class ContractAmended extends DomainEvent {
  static readonly type = 'ContractAmended';
  constructor(
    readonly contractId: string,
    readonly vendorId: string,
    readonly changes: TermChanges,
    readonly amendedAt: string,
  ) {
    super();
  }
}

export class ContractSigned extends DomainEvent {
  static readonly type = 'ContractSigned';
  constructor(
    readonly contractId: string,
    readonly vendorId: string,
    readonly signedAt: string,
  ) {
    super();
  }
}

export class OnboardingMilestoneCompleted extends DomainEvent {
  static readonly type = 'OnboardingMilestoneCompleted';
  constructor(
    readonly contractId: string,
    readonly vendorId: string,
    readonly milestone: OnboardingMilestone,
    readonly completedAt: string,
  ) {
    super();
  }
}

/** The vendors context reacts to it by making the vendor `active`. */
export class ContractWentLive extends DomainEvent {
  static readonly type = 'ContractWentLive';
  constructor(
    readonly contractId: string,
    readonly vendorId: string,
    readonly liveAt: string,
  ) {
    super();
  }
}

export class GovernanceReviewHeld extends DomainEvent {
  static readonly type = 'GovernanceReviewHeld';
  constructor(
    readonly contractId: string,
    readonly vendorId: string,
    readonly heldAt: string,
    readonly attendees: string[],
    readonly summary: string,
    readonly actionItems: string[],
  ) {
    super();
  }
}

export class ContractTerminated extends DomainEvent {
  static readonly type = 'ContractTerminated';
  constructor(
    readonly contractId: string,
    readonly vendorId: string,
    readonly reason: string,
    readonly effectiveDate: string,
    readonly terminatedAt: string,
  ) {
    super();
  }
}

export const CONTRACT_EVENTS = [
  ContractDrafted,
  ContractAmended,
  ContractSigned,
  OnboardingMilestoneCompleted,
  ContractWentLive,
  GovernanceReviewHeld,
  ContractTerminated,
] as const;
