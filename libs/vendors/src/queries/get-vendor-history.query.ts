export class GetVendorHistoryQuery {
  constructor(
    readonly vendorId: string,
    readonly page: { limit: number; offset: number },
  ) {}
}
