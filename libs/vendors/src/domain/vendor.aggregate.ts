import { BusinessRuleError, EventSourcedAggregate } from '@vendorwatch/event-store';
import { annualizedAttritionPercent, Roster } from './roster';
import { VendorErrorCode } from './vendor-errors';
import { assertMayRun, mayRun, VendorStatus } from './vendor-status';
import { assertValidCriteria, Evaluation, priceWeightShare, weightedScore } from './vendor-evaluation';
import { VendorProfile } from './vendor-profile';
import { DueDiligenceEntry, ReferenceCheck } from './vendor-vetting';
import {
  VENDOR_EVENTS,
  VendorActivated,
  VendorApproved,
  VendorDueDiligenceRecorded,
  VendorEvaluated,
  VendorOffboarded,
  VendorReferenceChecked,
  VendorRegistered,
  VendorRejected,
  VendorReinstated,
  VendorRosterReported,
  VendorSuspended,
} from './vendor.events';

interface VendorSnapshot {
  status: VendorStatus;
  name: string;
  evaluations: number;
}

/** A BPO vendor from prospect to offboarding (SPEC §3). Timestamps (`at`) are ISO strings from the server clock. */
export class Vendor extends EventSourcedAggregate {
  static readonly streamType = 'Vendor';
  static readonly events = VENDOR_EVENTS;

  private currentStatus: VendorStatus;
  private registeredName: string;
  private evaluations = 0;

  get status(): VendorStatus {
    return this.currentStatus;
  }

  get name(): string {
    return this.registeredName;
  }

  static register(id: string, profile: VendorProfile, at: string): Vendor {
    const vendor = new Vendor();
    vendor.id = id;
    const { name, legalName, website, country, channels, languages, sites } = profile;
    vendor.apply(new VendorRegistered(id, name, legalName, website, country, channels, languages, sites, at));
    return vendor;
  }

  evaluate(evaluation: Evaluation): void {
    assertMayRun('evaluate', this.currentStatus);
    assertValidCriteria(evaluation.criteria);
    const { criteria, pricing, evaluatedAt } = evaluation;
    this.apply(
      new VendorEvaluated(this.id, criteria, pricing, evaluatedAt, weightedScore(criteria), priceWeightShare(criteria)),
    );
  }

  recordReferenceCheck(check: ReferenceCheck, at: string): void {
    assertMayRun('recordReferenceCheck', this.currentStatus);
    this.apply(new VendorReferenceChecked(this.id, check.company, check.contactRole, check.outcome, check.notes, at));
  }

  recordDueDiligence(entry: DueDiligenceEntry, at: string): void {
    assertMayRun('recordDueDiligence', this.currentStatus);
    this.apply(new VendorDueDiligenceRecorded(this.id, entry.item, entry.outcome, entry.notes, at));
  }

  approve(rationale: string, at: string): void {
    assertMayRun('approve', this.currentStatus);
    if (this.evaluations === 0) {
      throw new BusinessRuleError(
        VendorErrorCode.EVALUATION_REQUIRED,
        'The vendor cannot be approved before it has been evaluated at least once.',
      );
    }
    this.apply(new VendorApproved(this.id, rationale, at));
  }

  reject(reason: string, at: string): void {
    assertMayRun('reject', this.currentStatus);
    this.apply(new VendorRejected(this.id, reason, at));
  }

  /**
   * Reaction to one of its contracts going live. Only an approved vendor becomes active; for any other status
   * (already active, suspended, …) it is a no-op, so redelivered or later go-lives change nothing.
   */
  contractWentLive(contractId: string, liveAt: string): void {
    if (!mayRun('activate', this.currentStatus)) return;
    this.apply(new VendorActivated(this.id, contractId, liveAt));
  }

  suspend(reason: string, at: string): void {
    assertMayRun('suspend', this.currentStatus);
    this.apply(new VendorSuspended(this.id, reason, at));
  }

  reinstate(reason: string, at: string): void {
    assertMayRun('reinstate', this.currentStatus);
    this.apply(new VendorReinstated(this.id, reason, at));
  }

  offboard(reason: string, at: string): void {
    assertMayRun('offboard', this.currentStatus);
    this.apply(new VendorOffboarded(this.id, reason, at));
  }

  reportRoster(roster: Roster, at: string): void {
    assertMayRun('reportRoster', this.currentStatus);
    const { month, headcountStart, headcountEnd, leavers, hires, avgTenureMonths, trainingHoursPerNewHire } = roster;
    this.apply(
      new VendorRosterReported(
        this.id,
        month,
        headcountStart,
        headcountEnd,
        leavers,
        hires,
        avgTenureMonths,
        trainingHoursPerNewHire,
        annualizedAttritionPercent(roster),
        at,
      ),
    );
  }

  /** Reference checks, due diligence and rosters keep a vendor's stream growing, so loads start from a snapshot. */
  override toSnapshot(): VendorSnapshot {
    return { status: this.currentStatus, name: this.registeredName, evaluations: this.evaluations };
  }

  protected override restoreSnapshot(state: VendorSnapshot): void {
    this.currentStatus = state.status;
    this.registeredName = state.name;
    this.evaluations = state.evaluations;
  }

  protected onVendorRegistered(event: VendorRegistered): void {
    this.id = event.vendorId;
    this.registeredName = event.name;
    this.currentStatus = 'prospect';
  }

  protected onVendorEvaluated(): void {
    this.evaluations += 1;
  }

  protected onVendorApproved(): void {
    this.currentStatus = 'approved';
  }

  protected onVendorRejected(): void {
    this.currentStatus = 'rejected';
  }

  protected onVendorActivated(): void {
    this.currentStatus = 'active';
  }

  protected onVendorSuspended(): void {
    this.currentStatus = 'suspended';
  }

  protected onVendorReinstated(): void {
    this.currentStatus = 'active';
  }

  protected onVendorOffboarded(): void {
    this.currentStatus = 'offboarded';
  }
}
