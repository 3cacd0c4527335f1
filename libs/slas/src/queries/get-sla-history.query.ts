export class GetSlaHistoryQuery {
  constructor(
    readonly slaId: string,
    readonly page: { limit: number; offset: number },
  ) {}
}
