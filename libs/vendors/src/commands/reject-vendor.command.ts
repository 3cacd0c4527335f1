export class RejectVendorCommand {
  constructor(
    readonly vendorId: string,
    readonly reason: string,
    readonly ifMatch?: number,
  ) {}
}
