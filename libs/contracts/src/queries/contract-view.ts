import { ONBOARDING_MILESTONES } from '../domain/contract.events';
import { ContractSummary } from '../projections/contract-summary';

/** What `GET /contracts/:id` answers: the terms flat, as they were posted, beside the contract's progress. */
export function toContractView(doc: ContractSummary, slaIds: readonly string[]) {
  const { terms, milestones, ...progress } = doc;
  return {
    id: doc.id,
    vendorId: doc.vendorId,
    ...terms,
    status: doc.status,
    draftedAt: doc.draftedAt,
    signedAt: doc.signedAt,
    liveAt: doc.liveAt,
    milestones: ONBOARDING_MILESTONES.map((milestone) => ({ milestone, completedAt: milestones[milestone] ?? null })),
    governanceReviews: [...progress.governanceReviews].sort((a, b) => a.heldAt.localeCompare(b.heldAt)),
    termination: progress.termination,
    slaIds,
    version: progress.version,
  };
}

export type ContractView = ReturnType<typeof toContractView>;
