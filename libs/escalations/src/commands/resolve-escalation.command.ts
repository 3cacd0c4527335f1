export class ResolveEscalationCommand {
  constructor(
    readonly escalationId: string,
    readonly resolution: string,
    readonly ifMatch?: number,
  ) {}
}
