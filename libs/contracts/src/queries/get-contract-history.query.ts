export class GetContractHistoryQuery {
  constructor(
    readonly contractId: string,
    readonly page: { limit: number; offset: number },
  ) {}
}
