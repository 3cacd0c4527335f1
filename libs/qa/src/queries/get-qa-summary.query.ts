export class GetQaSummaryQuery {
  constructor(
    readonly contractId: string,
    readonly from?: string,
    readonly to?: string,
  ) {}
}
