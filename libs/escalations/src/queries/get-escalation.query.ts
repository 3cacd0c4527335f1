export class GetEscalationQuery {
  constructor(
    readonly escalationId: string,
    readonly minPosition?: string,
  ) {}
}
