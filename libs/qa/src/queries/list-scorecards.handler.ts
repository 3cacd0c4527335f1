import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Page, pageOf } from '@vendorwatch/event-store';
import { DataSource } from 'typeorm';
import { ScorecardView } from '../projections/scorecard-catalog.projection';
import { ListScorecardsQuery } from './list-scorecards.query';

@QueryHandler(ListScorecardsQuery)
export class ListScorecardsHandler implements IQueryHandler<ListScorecardsQuery, Page<ScorecardView>> {
  constructor(private readonly db: DataSource) {}

  async execute({ page }: ListScorecardsQuery): Promise<Page<ScorecardView>> {
    const [{ total }] = await this.db.query(`SELECT count(*)::int AS total FROM qa_scorecards`);
    const rows: { doc: ScorecardView }[] = await this.db.query(
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
