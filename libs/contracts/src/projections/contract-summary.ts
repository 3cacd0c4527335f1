import { ContractStatus } from '../domain/contract.aggregate';
import { ContractTerms } from '../domain/contract-terms';
import { OnboardingMilestone } from '../domain/contract.events';

export const CONTRACT_SUMMARY_PROJECTION = 'contract-summary';

export interface ContractSummary {
  id: string;
  vendorId: string;
  terms: ContractTerms;
  status: ContractStatus;
  draftedAt: string;
  signedAt: string | null;
  liveAt: string | null;
  milestones: Partial<Record<OnboardingMilestone, string>>;
  governanceReviews: { heldAt: string; attendees: string[]; summary: string; actionItems: string[] }[];
  termination: { reason: string; effectiveDate: string; terminatedAt: string } | null;
  version: number;
}
