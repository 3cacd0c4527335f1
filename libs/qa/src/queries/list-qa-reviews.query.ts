import { PageQuery } from '@vendorwatch/event-store';
import { QaReviewStatus } from '../domain/qa-review-status';

export interface QaReviewFilters {
  contractId?: string;
  agentRef?: string;
  status?: QaReviewStatus;
  from?: string;
  to?: string;
}

export class ListQaReviewsQuery {
  constructor(
    readonly filters: QaReviewFilters,
    readonly page: PageQuery,
  ) {}
}
