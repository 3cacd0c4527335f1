export class ReinstateVendorCommand {
  constructor(
    readonly vendorId: string,
    readonly reason: string,
    readonly ifMatch?: number,
  ) {}
}
