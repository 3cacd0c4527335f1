export class GetScorecardQuery {
  constructor(readonly scorecardId: string) {}
}
