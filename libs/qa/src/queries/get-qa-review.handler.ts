import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { NotFoundError, queryRow } from '@vendorwatch/event-store';
import { VendorScope } from '@vendorwatch/identity';
import { DataSource } from 'typeorm';
import { QaReviewView } from '../projections/qa-review-list.projection';
import { GetQaReviewQuery } from './get-qa-review.query';

@QueryHandler(GetQaReviewQuery)
export class GetQaReviewHandler implements IQueryHandler<GetQaReviewQuery, QaReviewView> {
  constructor(private readonly db: DataSource) {}

  async execute({ reviewId }: GetQaReviewQuery): Promise<QaReviewView> {
    const row = await queryRow<{ doc: QaReviewView }>(this.db, `SELECT doc FROM qa_reviews WHERE id = $1`, [reviewId]);
    if (!row) throw NotFoundError.of('QA review', reviewId);
    VendorScope.assertVisible(row.doc.vendorId, 'QA review', reviewId);
    return row.doc;
  }
}
