import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { NotFoundError, queryRow } from '@vendorwatch/event-store';
import { DataSource } from 'typeorm';
import { VendorSummary } from '../projections/vendor-summary';
import { GetVendorQuery } from './get-vendor.query';

interface SummaryRow {
  doc: VendorSummary;
}

@QueryHandler(GetVendorQuery)
export class GetVendorHandler implements IQueryHandler<GetVendorQuery, VendorSummary> {
  constructor(private readonly db: DataSource) {}

  async execute({ vendorId }: GetVendorQuery): Promise<VendorSummary> {
    const row = await queryRow<SummaryRow>(this.db, `SELECT doc FROM vendor_summaries WHERE id = $1`, [vendorId]);
    if (!row) throw NotFoundError.of('Vendor', vendorId);
    return row.doc;
  }
}
