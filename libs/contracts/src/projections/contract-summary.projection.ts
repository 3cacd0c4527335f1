import { Injectable } from '@nestjs/common';
import { AsyncProjection, DocumentProjection, StoredEvent } from '@vendorwatch/event-store';
import { applyTermChanges } from '../domain/contract-amendment';
import { Contract } from '../domain/contract.aggregate';
import { draftedTerms } from '../domain/contract.events';
import { CONTRACT_SUMMARY_PROJECTION, ContractSummary } from './contract-summary';

/** The SLAs context's event that attaches an SLA to a contract; matched by name, not imported. */
const SLA_DEFINED = 'SlaDefined';

/** One document per contract: the contract detail and list read model. */
@Injectable()
@AsyncProjection()
export class ContractSummaryProjection extends DocumentProjection<ContractSummary> {
  readonly name = CONTRACT_SUMMARY_PROJECTION;
  readonly table = 'contract_summaries';

  protected keysOf(event: StoredEvent): string[] {
    if (event.streamType === Contract.streamType) return [event.streamId];
    if (event.type === SLA_DEFINED && typeof event.data.contractId === 'string') return [event.data.contractId];
    return [];
  }

  protected override columns(doc: ContractSummary): Record<string, unknown> {
    return { vendor_id: doc.vendorId, status: doc.status, drafted_at: doc.draftedAt };
  }

  protected reduce(doc: ContractSummary | undefined, event: StoredEvent): ContractSummary | undefined {
    if (event.type === 'ContractDrafted') return drafted(event);
    if (!doc) return undefined;
    if (event.type === SLA_DEFINED) return { ...doc, slaIds: [...new Set([...doc.slaIds, event.data.slaId])] };
    return { ...changed(doc, event), version: event.version };
  }
}

function drafted(event: StoredEvent): ContractSummary {
  return {
    id: event.data.contractId,
    vendorId: event.data.vendorId,
    terms: draftedTerms(event.data),
    status: 'draft',
    draftedAt: event.data.draftedAt,
    signedAt: null,
    liveAt: null,
    milestones: {},
    governanceReviews: [],
    termination: null,
    slaIds: [],
    version: event.version,
  };
}

function changed(doc: ContractSummary, { type, data }: StoredEvent): ContractSummary {
  switch (type) {
    case 'ContractAmended':
      return { ...doc, terms: applyTermChanges(doc.terms, data.changes) };
    case 'ContractSigned':
      return { ...doc, status: 'signed', signedAt: data.signedAt };
    case 'OnboardingMilestoneCompleted':
      return { ...doc, milestones: { ...doc.milestones, [data.milestone]: data.completedAt } };
    case 'ContractWentLive':
      return { ...doc, status: 'live', liveAt: data.liveAt };
    case 'GovernanceReviewHeld': {
      const { heldAt, attendees, summary, actionItems } = data;
      return { ...doc, governanceReviews: [...doc.governanceReviews, { heldAt, attendees, summary, actionItems }] };
    }
    case 'ContractTerminated':
      return {
        ...doc,
        status: 'terminated',
        termination: { reason: data.reason, effectiveDate: data.effectiveDate, terminatedAt: data.terminatedAt },
      };
    default:
      return doc;
  }
}
