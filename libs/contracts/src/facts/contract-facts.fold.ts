import { isEvent, StoredEvent } from '@vendorwatch/event-store';
import { applyTermChanges } from '../domain/contract-amendment';
import { ContractStatus } from '../domain/contract.aggregate';
import { ContractTerms } from '../domain/contract-terms';
import { CreditTerms, creditTermsOf } from '../domain/credit-terms';
import {
  ContractAmended,
  ContractDrafted,
  ContractSigned,
  ContractTerminated,
  ContractWentLive,
  draftedTerms,
} from '../domain/contract.events';

/** The facts of a contract other contexts act on: its parties, status and the terms in force (ADR 0005). */
export interface ContractFactsView {
  contractId: string;
  vendorId: string;
  status: ContractStatus;
  /** The current terms: coverage, channels, the QA plan's dispute window, fees… */
  terms: ContractTerms;
  /**
   * The fee and credit cap over time, oldest first; `creditTermsAt` picks the ones in force at an instant. Each
   * carries when it was recorded, for reports as they stood at an earlier instant.
   */
  creditTerms: readonly (CreditTerms & { recordedAt: string })[];
  signedAt: string | null;
  liveAt: string | null;
}

export function nextContractFacts(
  facts: ContractFactsView | undefined,
  event: StoredEvent,
): ContractFactsView | undefined {
  if (isEvent(event, ContractDrafted)) {
    const terms = draftedTerms(event.data);
    return {
      contractId: event.data.contractId,
      vendorId: event.data.vendorId,
      status: 'draft',
      terms,
      creditTerms: [{ ...creditTermsOf(terms, event.data.draftedAt), recordedAt: event.recordedAt }],
      signedAt: null,
      liveAt: null,
    };
  }
  if (!facts) return undefined;
  if (isEvent(event, ContractAmended)) {
    const terms = applyTermChanges(facts.terms, event.data.changes);
    const repriced = 'monthlyFee' in event.data.changes || 'serviceCreditCapPercent' in event.data.changes;
    const creditTerms = repriced
      ? [...facts.creditTerms, { ...creditTermsOf(terms, event.data.amendedAt), recordedAt: event.recordedAt }]
      : facts.creditTerms;
    return { ...facts, terms, creditTerms };
  }
  if (isEvent(event, ContractSigned)) return { ...facts, status: 'signed', signedAt: event.data.signedAt };
  if (isEvent(event, ContractWentLive)) return { ...facts, status: 'live', liveAt: event.data.liveAt };
  if (isEvent(event, ContractTerminated)) return { ...facts, status: 'terminated' };
  return facts;
}
