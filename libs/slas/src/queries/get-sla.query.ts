export class GetSlaQuery {
  constructor(readonly slaId: string) {}
}
