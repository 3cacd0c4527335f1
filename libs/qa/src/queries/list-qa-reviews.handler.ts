import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectReadDatabase, Page, pageOf, queryRows } from '@vendorwatch/event-store';
import { VendorScope } from '@vendorwatch/identity';
import { DataSource } from 'typeorm';
import { QaReviewView } from '../projections/qa-review-list.projection';
import { interactionPeriod } from './interaction-period';
import { ListQaReviewsQuery } from './list-qa-reviews.query';

/** Newest submissions first; vendor users see only their own vendor's reviews. */
@QueryHandler(ListQaReviewsQuery)
export class ListQaReviewsHandler implements IQueryHandler<ListQaReviewsQuery, Page<QaReviewView>> {
  constructor(@InjectReadDatabase() private readonly db: DataSource) {}

  async execute({ filters, page }: ListQaReviewsQuery): Promise<Page<QaReviewView>> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      if (value === undefined) return;
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    const period = interactionPeriod(filters.from, filters.to);
    add('vendor_id = ?', VendorScope.vendorId());
    add('contract_id = ?', filters.contractId);
    add('agent_ref = ?', filters.agentRef);
    add('status = ?', filters.status);
    add('occurred_at >= ?', period.from);
    add('occurred_at < ?', period.before);
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ total }] = await queryRows<{ total: number }>(
      this.db,
      `SELECT count(*)::int AS total FROM qa_reviews ${clause}`,
      params,
    );
    const rows = await queryRows<{ doc: QaReviewView }>(
      this.db,
      `SELECT doc FROM qa_reviews ${clause} ORDER BY submitted_at DESC, id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, page.limit, page.offset],
    );
    return pageOf(
      rows.map((r) => r.doc),
      total,
      page,
    );
  }
}
