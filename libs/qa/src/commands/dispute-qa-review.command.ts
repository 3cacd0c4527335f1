export class DisputeQaReviewCommand {
  constructor(
    readonly reviewId: string,
    readonly ifMatch: number | undefined,
    readonly reason: string,
  ) {}
}
