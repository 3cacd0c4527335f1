export class GetVendorPerformanceQuery {
  constructor(
    readonly vendorId: string,
    readonly from?: string,
    readonly to?: string,
  ) {}
}
