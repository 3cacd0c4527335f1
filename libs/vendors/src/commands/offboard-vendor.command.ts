export class OffboardVendorCommand {
  constructor(
    readonly vendorId: string,
    readonly reason: string,
    readonly ifMatch?: number,
  ) {}
}
