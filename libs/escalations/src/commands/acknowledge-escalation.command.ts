export class AcknowledgeEscalationCommand {
  constructor(
    readonly escalationId: string,
    readonly note?: string,
    readonly ifMatch?: number,
  ) {}
}
