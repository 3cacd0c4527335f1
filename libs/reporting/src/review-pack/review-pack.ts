import type { ContractView } from '@vendorwatch/contracts';
import type { EscalationSummary } from '@vendorwatch/escalations';
import type { ContractQaSummary, QaReviewView } from '@vendorwatch/qa';
import type { MonthlyCredit, PeriodView, SlaCompliance } from '@vendorwatch/slas';
import type { ContractChecklistView } from '../queries/checklist-reader';

export interface SlaSection extends SlaCompliance {
  /** The periods of the range, oldest first (the chart's order). */
  periods: PeriodView[];
}

export interface OpenSlaDispute {
  slaName: string;
  period: PeriodView;
}

/** Everything the contract review pack shows (SPEC §15), composed from each context's published queries. */
export interface ReviewPack {
  contract: ContractView;
  vendorName: string;
  from: string;
  to: string;
  generatedAt: string;
  checklist: ContractChecklistView;
  slas: SlaSection[];
  /** Every month of the range, months without credits at 0. */
  credits: { byMonth: MonthlyCredit[]; total: { amount: number; currency: string } };
  qa: ContractQaSummary;
  /** Opened in the range or still open; open ones first, newest first within each. */
  escalations: EscalationSummary[];
  disputes: { sla: OpenSlaDispute[]; qa: QaReviewView[] };
  /** The governance reviews held in the range, newest first, with their action items. */
  governanceReviews: ContractView['governanceReviews'];
}
