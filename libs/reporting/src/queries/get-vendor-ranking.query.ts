import { PageQuery } from '@vendorwatch/event-store';

export class GetVendorRankingQuery {
  constructor(
    readonly page: PageQuery,
    readonly from?: string,
    readonly to?: string,
  ) {}
}
