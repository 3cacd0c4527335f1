import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectReadDatabase, Page, pageOf, queryRows } from '@vendorwatch/event-store';
import { DataSource } from 'typeorm';
import { ScorecardView } from '../projections/scorecard-catalog.projection';
import { ListScorecardsQuery } from './list-scorecards.query';

@QueryHandler(ListScorecardsQuery)
export class ListScorecardsHandler implements IQueryHandler<ListScorecardsQuery, Page<ScorecardView>> {
  constructor(@InjectReadDatabase() private readonly db: DataSource) {}

  async execute({ page }: ListScorecardsQuery): Promise<Page<ScorecardView>> {
    const [{ total }] = await queryRows<{ total: number }>(this.db, `SELECT count(*)::int AS total FROM qa_scorecards`);
    const rows = await queryRows<{ doc: ScorecardView }>(
      this.db,
      `SELECT doc FROM qa_scorecards ORDER BY lower(name), id LIMIT $1 OFFSET $2`,
      [page.limit, page.offset],
    );
    return pageOf(
      rows.map((r) => r.doc),
      total,
      page,
    );
  }
}
