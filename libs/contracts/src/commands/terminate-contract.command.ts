export class TerminateContractCommand {
  constructor(
    readonly contractId: string,
    readonly reason: string,
    readonly effectiveDate: string,
    readonly ifMatch?: number,
  ) {}
}
