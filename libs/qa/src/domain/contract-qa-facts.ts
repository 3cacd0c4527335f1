import { ContractAmended, ContractDrafted } from '@vendorwatch/contracts';
import { isEvent, StoredEvent } from '@vendorwatch/event-store';
import { DEFAULT_DISPUTE_WINDOW_DAYS } from './qa-review-status';

/** The facts of a contract (owned by the contracts context) that QA rules need. */
export interface ContractQaFacts {
  contractId: string;
  vendorId: string;
  disputeWindowDays: number | null;
}

/**
 * The QA summary's read model of contracts, from the contracts context's published events: `ContractDrafted`
 * (terms flat beside the ids) and `ContractAmended` (`changes` holds only what changed; `null` removes a section).
 */
export function foldContractQaFacts(
  facts: ContractQaFacts | undefined,
  event: StoredEvent,
): ContractQaFacts | undefined {
  if (isEvent(event, ContractDrafted)) {
    return {
      contractId: event.data.contractId,
      vendorId: event.data.vendorId,
      disputeWindowDays: event.data.qaPlan?.disputeWindowDays ?? null,
    };
  }
  if (isEvent(event, ContractAmended) && facts) {
    const qaPlan = event.data.changes.qaPlan;
    if (qaPlan === undefined) return facts;
    if (qaPlan === null) return { ...facts, disputeWindowDays: null };
    return 'disputeWindowDays' in qaPlan ? { ...facts, disputeWindowDays: qaPlan.disputeWindowDays ?? null } : facts;
  }
  return facts;
}

export function disputeWindowDays(facts: ContractQaFacts): number {
  return facts.disputeWindowDays ?? DEFAULT_DISPUTE_WINDOW_DAYS;
}
