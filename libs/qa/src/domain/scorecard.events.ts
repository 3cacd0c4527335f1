import { DomainEvent } from '@vendorwatch/event-store';
import { ScorecardCriterion } from './scorecard-criterion';

/** `version` is the scorecard's revision number (1 when published), the one reviews are scored on. */
export class ScorecardPublished extends DomainEvent {
  static readonly type = 'ScorecardPublished';
  constructor(
    readonly scorecardId: string,
    readonly name: string,
    readonly criteria: ScorecardCriterion[],
    readonly version: number,
    readonly publishedAt: string,
  ) {
    super();
  }
}

export class ScorecardRevised extends DomainEvent {
  static readonly type = 'ScorecardRevised';
  constructor(
    readonly scorecardId: string,
    readonly name: string,
    readonly criteria: ScorecardCriterion[],
    readonly version: number,
    readonly revisedAt: string,
  ) {
    super();
  }
}
