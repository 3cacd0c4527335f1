export class TakeContractLiveCommand {
  constructor(
    readonly contractId: string,
    readonly liveAt?: string,
    readonly ifMatch?: number,
  ) {}
}
