export class SuspendVendorCommand {
  constructor(
    readonly vendorId: string,
    readonly reason: string,
    readonly ifMatch?: number,
  ) {}
}
