export class GetQaReviewQuery {
  constructor(readonly reviewId: string) {}
}
