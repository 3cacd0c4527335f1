export class GetVendorChecklistQuery {
  constructor(readonly vendorId: string) {}
}
