export class GetVendorQuery {
  constructor(readonly vendorId: string) {}
}
