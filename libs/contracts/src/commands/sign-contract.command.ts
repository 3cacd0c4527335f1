export class SignContractCommand {
  constructor(
    readonly contractId: string,
    readonly signedAt?: string,
    readonly ifMatch?: number,
  ) {}
}
