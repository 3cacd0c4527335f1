import { EventSourcedAggregate, NotFoundError } from '@vendorwatch/event-store';
import { assertValidCriteria, ScorecardCriterion } from './scorecard-criterion';
import { ScorecardPublished, ScorecardRevised } from './scorecard.events';

/** A QA scorecard: weighted criteria, revised over time; every revision stays available to score against. */
export class Scorecard extends EventSourcedAggregate {
  static readonly streamType = 'Scorecard';
  static readonly events = [ScorecardPublished, ScorecardRevised];

  private revisions = new Map<number, ScorecardCriterion[]>();
  private latestRevision = 0;

  static publish(id: string, name: string, criteria: ScorecardCriterion[], now: Date): Scorecard {
    assertValidCriteria(criteria);
    const scorecard = new Scorecard();
    scorecard.id = id;
    scorecard.apply(new ScorecardPublished(id, name, criteria, 1, now.toISOString()));
    return scorecard;
  }

  revise(name: string, criteria: ScorecardCriterion[], now: Date): void {
    assertValidCriteria(criteria);
    this.apply(new ScorecardRevised(this.id, name, criteria, this.latestRevision + 1, now.toISOString()));
  }

  get currentRevision(): number {
    return this.latestRevision;
  }

  criteriaOf(revision: number): readonly ScorecardCriterion[] {
    const criteria = this.revisions.get(revision);
    if (!criteria) throw new NotFoundError(`Scorecard ${this.id} has no version ${revision}.`);
    return criteria;
  }

  protected onScorecardPublished(event: ScorecardPublished): void {
    this.id = event.scorecardId;
    this.addRevision(event.version, event.criteria);
  }

  protected onScorecardRevised(event: ScorecardRevised): void {
    this.addRevision(event.version, event.criteria);
  }

  private addRevision(version: number, criteria: ScorecardCriterion[]): void {
    this.revisions.set(version, criteria);
    this.latestRevision = version;
  }
}
