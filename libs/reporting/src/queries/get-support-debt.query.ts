export class GetSupportDebtQuery {
  constructor(readonly contractId: string) {}
}
