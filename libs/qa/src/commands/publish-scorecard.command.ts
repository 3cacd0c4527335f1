import { ScorecardCriterion } from '../domain/scorecard-criterion';

export class PublishScorecardCommand {
  constructor(
    readonly name: string,
    readonly criteria: ScorecardCriterion[],
  ) {}
}
