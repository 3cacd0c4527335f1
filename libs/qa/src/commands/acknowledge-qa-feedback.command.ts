export class AcknowledgeQaFeedbackCommand {
  constructor(
    readonly reviewId: string,
    readonly ifMatch: number | undefined,
    readonly note: string | null,
  ) {}
}
