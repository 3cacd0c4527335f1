export class GetContractQuery {
  constructor(readonly contractId: string) {}
}
