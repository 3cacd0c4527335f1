import { Injectable } from '@nestjs/common';
import {
  AsyncProjection,
  DocumentProjection,
  DomainEvent,
  isEvent,
  StoredEvent,
  StoredEventOf,
} from '@vendorwatch/event-store';
import { applyTermChanges } from '../domain/contract-amendment';
import { Contract } from '../domain/contract.aggregate';
import {
  ContractAmended,
  ContractDrafted,
  ContractSigned,
  ContractTerminated,
  ContractWentLive,
  draftedTerms,
  GovernanceReviewHeld,
  OnboardingMilestoneCompleted,
} from '../domain/contract.events';
import { CONTRACT_SUMMARY_PROJECTION, ContractSummary } from './contract-summary';

/**
 * The part of the SLAs context's `SlaDefined` a contract summary reads. Declared here, not imported: the SLAs lib
 * depends on this one, so importing `@vendorwatch/slas` back would be a cycle.
 */
class SlaDefinedOnContract extends DomainEvent {
  static readonly type = 'SlaDefined';
  constructor(
    readonly slaId: string,
    readonly contractId: string,
  ) {
    super();
  }
}

/** One document per contract: the contract detail and list read model. */
@Injectable()
@AsyncProjection()
export class ContractSummaryProjection extends DocumentProjection<ContractSummary> {
  readonly name = CONTRACT_SUMMARY_PROJECTION;
  readonly table = 'contract_summaries';

  protected keysOf(event: StoredEvent): string[] {
    if (event.streamType === Contract.streamType) return [event.streamId];
    if (isEvent(event, SlaDefinedOnContract)) return [event.data.contractId];
    return [];
  }

  protected override columns(doc: ContractSummary): Record<string, unknown> {
    return { vendor_id: doc.vendorId, status: doc.status, drafted_at: doc.draftedAt };
  }

  protected reduce(doc: ContractSummary | undefined, event: StoredEvent): ContractSummary | undefined {
    if (isEvent(event, ContractDrafted)) return drafted(event);
    if (!doc) return undefined;
    if (isEvent(event, SlaDefinedOnContract))
      return { ...doc, slaIds: [...new Set([...doc.slaIds, event.data.slaId])] };
    return { ...changed(doc, event), version: event.version };
  }
}

function drafted({ data, version }: StoredEventOf<ContractDrafted>): ContractSummary {
  return {
    id: data.contractId,
    vendorId: data.vendorId,
    terms: draftedTerms(data),
    status: 'draft',
    draftedAt: data.draftedAt,
    signedAt: null,
    liveAt: null,
    milestones: {},
    governanceReviews: [],
    termination: null,
    slaIds: [],
    version,
  };
}

function changed(doc: ContractSummary, event: StoredEvent): ContractSummary {
  if (isEvent(event, ContractAmended)) return { ...doc, terms: applyTermChanges(doc.terms, event.data.changes) };
  if (isEvent(event, ContractSigned)) return { ...doc, status: 'signed', signedAt: event.data.signedAt };
  if (isEvent(event, OnboardingMilestoneCompleted)) {
    return { ...doc, milestones: { ...doc.milestones, [event.data.milestone]: event.data.completedAt } };
  }
  if (isEvent(event, ContractWentLive)) return { ...doc, status: 'live', liveAt: event.data.liveAt };
  if (isEvent(event, GovernanceReviewHeld)) {
    const { heldAt, attendees, summary, actionItems } = event.data;
    return { ...doc, governanceReviews: [...doc.governanceReviews, { heldAt, attendees, summary, actionItems }] };
  }
  if (isEvent(event, ContractTerminated)) {
    const { reason, effectiveDate, terminatedAt } = event.data;
    return { ...doc, status: 'terminated', termination: { reason, effectiveDate, terminatedAt } };
  }
  return doc;
}
