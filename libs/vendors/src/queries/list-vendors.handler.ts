import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { VendorSummary } from '../projections/vendor-summary';
import { ListVendorsQuery } from './list-vendors.query';

@QueryHandler(ListVendorsQuery)
export class ListVendorsHandler implements IQueryHandler<ListVendorsQuery, { items: VendorSummary[]; total: number }> {
  constructor(private readonly db: DataSource) {}

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
    const [{ total }] = await this.db.query(`SELECT count(*)::int AS total FROM vendor_summaries ${clause}`, params);
    const rows = await this.db.query(
      `SELECT doc FROM vendor_summaries ${clause} ORDER BY lower(name), id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, page.limit, page.offset],
    );
    return { items: rows.map((r: { doc: VendorSummary }) => r.doc), total };
  }
}
