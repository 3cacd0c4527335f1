export class GetContractChecklistQuery {
  constructor(readonly contractId: string) {}
}
