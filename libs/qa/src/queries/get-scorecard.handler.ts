import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { NotFoundError, queryRow } from '@vendorwatch/event-store';
import { DataSource } from 'typeorm';
import { ScorecardView } from '../projections/scorecard-catalog.projection';
import { GetScorecardQuery } from './get-scorecard.query';

@QueryHandler(GetScorecardQuery)
export class GetScorecardHandler implements IQueryHandler<GetScorecardQuery, ScorecardView> {
  constructor(private readonly db: DataSource) {}

  async execute({ scorecardId }: GetScorecardQuery): Promise<ScorecardView> {
    const row = await queryRow<{ doc: ScorecardView }>(this.db, `SELECT doc FROM qa_scorecards WHERE id = $1`, [
      scorecardId,
    ]);
    if (!row) throw NotFoundError.of('Scorecard', scorecardId);
    return row.doc;
  }
}
