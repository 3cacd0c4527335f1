import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectReadDatabase, queryRow, queryRows } from '@vendorwatch/event-store';
import { DataSource } from 'typeorm';
import { VendorSummary } from '../projections/vendor-summary';
import { ListVendorsQuery } from './list-vendors.query';

interface CountRow {
  total: number;
}

interface SummaryRow {
  doc: VendorSummary;
}

@QueryHandler(ListVendorsQuery)
export class ListVendorsHandler implements IQueryHandler<ListVendorsQuery, { items: VendorSummary[]; total: number }> {
  constructor(@InjectReadDatabase() private readonly db: DataSource) {}

  async execute({ filter, page }: ListVendorsQuery): Promise<{ items: VendorSummary[]; total: number }> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (filter.status) add('status = ?', filter.status);
    if (filter.q) add(`name ILIKE ? ESCAPE '\\'`, `%${filter.q.replace(/[\\%_]/g, '\\$&')}%`);
    if (filter.vendorId) add('id = ?', filter.vendorId);
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const count = await queryRow<CountRow>(
      this.db,
      `SELECT count(*)::int AS total FROM vendor_summaries ${clause}`,
      params,
    );
    const rows = await queryRows<SummaryRow>(
      this.db,
      `SELECT doc FROM vendor_summaries ${clause} ORDER BY lower(name), id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, page.limit, page.offset],
    );
    return { items: rows.map((r) => r.doc), total: count?.total ?? 0 };
  }
}
