import { Query } from '@nestjs/cqrs';
import { ReviewPack } from './review-pack';

export class GetReviewPackQuery extends Query<ReviewPack> {
  constructor(
    readonly contractId: string,
    readonly from?: string,
    readonly to?: string,
  ) {
    super();
  }
}
