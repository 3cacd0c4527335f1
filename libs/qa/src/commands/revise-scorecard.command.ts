import { ScorecardCriterion } from '../domain/scorecard-criterion';

export class ReviseScorecardCommand {
  constructor(
    readonly scorecardId: string,
    readonly ifMatch: number | undefined,
    readonly name: string,
    readonly criteria: ScorecardCriterion[],
  ) {}
}
