import { DEFAULT_DISPUTE_WINDOW_DAYS } from './qa-review-status';

/** The facts of a contract (owned by the contracts context) that QA rules need, folded from its events. */
export interface ContractQaFacts {
  contractId: string;
  vendorId: string;
  disputeWindowDays: number | null;
}

interface ContractEvent {
  type: string;
  data: any;
}

export const CONTRACT_EVENT_TYPES = ['ContractDrafted', 'ContractAmended'];

/**
 * Applies `ContractDrafted` (terms flat beside the ids) and `ContractAmended` (`changes` holds only what changed;
 * `null` removes a section or one of its fields).
 */
export function foldContractQaFacts(
  facts: ContractQaFacts | undefined,
  event: ContractEvent,
): ContractQaFacts | undefined {
  if (event.type === 'ContractDrafted') {
    return {
      contractId: event.data.contractId,
      vendorId: event.data.vendorId,
      disputeWindowDays: disputeWindowOf(event.data.qaPlan),
    };
  }
  if (event.type === 'ContractAmended' && facts) {
    const qaPlan = event.data.changes?.qaPlan;
    if (qaPlan === undefined) return facts;
    if (qaPlan === null) return { ...facts, disputeWindowDays: null };
    return 'disputeWindowDays' in qaPlan ? { ...facts, disputeWindowDays: disputeWindowOf(qaPlan) } : facts;
  }
  return facts;
}

export function disputeWindowDays(facts: ContractQaFacts): number {
  return facts.disputeWindowDays ?? DEFAULT_DISPUTE_WINDOW_DAYS;
}

function disputeWindowOf(qaPlan: { disputeWindowDays?: number } | null | undefined): number | null {
  return typeof qaPlan?.disputeWindowDays === 'number' ? qaPlan.disputeWindowDays : null;
}
