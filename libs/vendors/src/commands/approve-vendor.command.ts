export class ApproveVendorCommand {
  constructor(
    readonly vendorId: string,
    readonly rationale: string,
    readonly ifMatch?: number,
  ) {}
}
