import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { GetVendorStandingQuery, VendorStandingView } from '@vendorwatch/contracts';
import { queryRow } from '@vendorwatch/event-store';
import { DataSource } from 'typeorm';

/** The vendors context's answer to the contracts context's question, from its inline read model (never lags). */
@QueryHandler(GetVendorStandingQuery)
export class VendorStandingHandler implements IQueryHandler<GetVendorStandingQuery> {
  constructor(private readonly db: DataSource) {}

  async execute({ vendorId }: GetVendorStandingQuery): Promise<VendorStandingView | undefined> {
    const row = await queryRow<{ doc: VendorStandingView }>(this.db, `SELECT doc FROM vendor_standing WHERE id = $1`, [
      vendorId,
    ]);
    return row?.doc;
  }
}
