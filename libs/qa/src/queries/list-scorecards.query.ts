import { PageQuery } from '@vendorwatch/event-store';

export class ListScorecardsQuery {
  constructor(readonly page: PageQuery) {}
}
