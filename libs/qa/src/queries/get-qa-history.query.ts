import { PageQuery } from '@vendorwatch/event-store';

export class GetQaHistoryQuery {
  constructor(
    readonly streamType: 'Scorecard' | 'QaReview',
    readonly id: string,
    readonly page: PageQuery,
  ) {}
}
