import { BusinessRuleError, CommonErrorCode, EventSourcedAggregate, InvalidStateError } from '@vendorwatch/event-store';
import { ContractErrorCode } from './contract-errors';
import { applyTermChanges, changedTerms } from './contract-amendment';
import { ContractTerms, REQUIRED_TERMS, TermChanges } from './contract-terms';
import { CreditTerms, creditTermsOf } from './credit-terms';
import {
  CONTRACT_EVENTS,
  ContractAmended,
  ContractDrafted,
  ContractSigned,
  ContractTerminated,
  ContractWentLive,
  draftedTerms,
  GovernanceReviewHeld,
  OnboardingMilestone,
  OnboardingMilestoneCompleted,
} from './contract.events';
import { pastInstant } from './instants';
import { canSignWith, VendorStatus } from './vendor-standing';

export type ContractStatus = 'draft' | 'signed' | 'live' | 'terminated';

export interface GovernanceReview {
  heldAt?: string;
  attendees: string[];
  summary: string;
  actionItems?: string[];
}

export class Contract extends EventSourcedAggregate {
  static readonly streamType = 'Contract';
  static readonly events = CONTRACT_EVENTS;

  vendorId: string;
  terms: ContractTerms;
  status: ContractStatus;
  signedAt?: string;
  /** The fee and credit cap over time, oldest first (`creditTermsAt` picks the ones of an instant). */
  readonly creditTerms: CreditTerms[] = [];
  private readonly milestones = new Map<OnboardingMilestone, string>();

  static draft(id: string, vendorId: string, terms: ContractTerms, now: Date): Contract {
    assertDatesInOrder(terms);
    const contract = new Contract();
    contract.id = id;
    contract.apply(new ContractDrafted(id, vendorId, terms, now.toISOString()));
    return contract;
  }

  amend(requested: TermChanges, now: Date): void {
    this.assertNotTerminated('amended');
    const removed = REQUIRED_TERMS.filter((term) => requested[term] === null);
    if (removed.length) {
      const message = `${removed.join(', ')} cannot be removed from a contract.`;
      throw new BusinessRuleError(ContractErrorCode.REQUIRED_TERM_REMOVED, message);
    }
    const changes = changedTerms(this.terms, requested);
    if (Object.keys(changes).length === 0) return;
    assertDatesInOrder(applyTermChanges(this.terms, changes));
    this.apply(new ContractAmended(this.id, this.vendorId, changes, now.toISOString()));
  }

  sign(vendorStatus: VendorStatus | undefined, signedAt: string | undefined, now: Date): void {
    if (this.status !== 'draft')
      throw new InvalidStateError(
        CommonErrorCode.INVALID_STATUS,
        `Contract ${this.id} is ${this.status}; only a draft can be signed.`,
      );
    if (!vendorStatus || !canSignWith(vendorStatus)) {
      throw new InvalidStateError(
        ContractErrorCode.VENDOR_NOT_APPROVED,
        `Vendor ${this.vendorId} is ${vendorStatus ?? 'not registered'}; a contract can be signed only with an approved or active vendor.`,
      );
    }
    this.apply(new ContractSigned(this.id, this.vendorId, pastInstant(signedAt, now, 'signedAt')));
  }

  completeMilestone(milestone: OnboardingMilestone, completedAt: string | undefined, now: Date): void {
    this.assertNotTerminated('onboarded');
    const done = this.milestones.get(milestone);
    if (done)
      throw new InvalidStateError(
        ContractErrorCode.MILESTONE_ALREADY_COMPLETED,
        `Milestone ${milestone} of contract ${this.id} was already completed at ${done}.`,
      );
    this.apply(
      new OnboardingMilestoneCompleted(this.id, this.vendorId, milestone, pastInstant(completedAt, now, 'completedAt')),
    );
  }

  goLive(liveAt: string | undefined, now: Date): void {
    if (this.status !== 'signed')
      throw new InvalidStateError(
        CommonErrorCode.INVALID_STATUS,
        `Contract ${this.id} is ${this.status}; only a signed contract can go live.`,
      );
    const at = pastInstant(liveAt, now, 'liveAt');
    if (at < this.signedAt!)
      throw new BusinessRuleError(
        ContractErrorCode.LIVE_BEFORE_SIGNED,
        `liveAt ${at} is before the contract was signed (${this.signedAt}).`,
      );
    this.apply(new ContractWentLive(this.id, this.vendorId, at));
  }

  holdGovernanceReview(review: GovernanceReview, now: Date): void {
    if (this.status !== 'signed' && this.status !== 'live') {
      throw new InvalidStateError(
        CommonErrorCode.INVALID_STATUS,
        `Contract ${this.id} is ${this.status}; governance reviews are held for signed or live contracts.`,
      );
    }
    const heldAt = pastInstant(review.heldAt, now, 'heldAt');
    this.apply(
      new GovernanceReviewHeld(
        this.id,
        this.vendorId,
        heldAt,
        review.attendees,
        review.summary,
        review.actionItems ?? [],
      ),
    );
  }

  terminate(reason: string, effectiveDate: string, now: Date): void {
    this.assertNotTerminated('terminated again');
    this.apply(new ContractTerminated(this.id, this.vendorId, reason, effectiveDate, now.toISOString()));
  }

  private assertNotTerminated(action: string): void {
    if (this.status === 'terminated')
      throw new InvalidStateError(
        CommonErrorCode.INVALID_STATUS,
        `Contract ${this.id} is terminated; it cannot be ${action}.`,
      );
  }

  protected onContractDrafted(event: ContractDrafted): void {
    this.id = event.contractId;
    this.vendorId = event.vendorId;
    this.terms = draftedTerms(event);
    this.status = 'draft';
    this.creditTerms.push(creditTermsOf(this.terms, event.draftedAt));
  }

  protected onContractAmended(event: ContractAmended): void {
    this.terms = applyTermChanges(this.terms, event.changes);
    if ('monthlyFee' in event.changes || 'serviceCreditCapPercent' in event.changes) {
      this.creditTerms.push(creditTermsOf(this.terms, event.amendedAt));
    }
  }

  protected onContractSigned(event: ContractSigned): void {
    this.status = 'signed';
    this.signedAt = event.signedAt;
  }

  protected onOnboardingMilestoneCompleted(event: OnboardingMilestoneCompleted): void {
    this.milestones.set(event.milestone, event.completedAt);
  }

  protected onContractWentLive(): void {
    this.status = 'live';
  }

  protected onContractTerminated(): void {
    this.status = 'terminated';
  }
}

function assertDatesInOrder(terms: ContractTerms): void {
  if (terms.endDate <= terms.startDate) {
    throw new BusinessRuleError(
      ContractErrorCode.END_BEFORE_START,
      `endDate ${terms.endDate} must be after startDate ${terms.startDate}.`,
    );
  }
}
