import { Injectable } from '@nestjs/common';
import { AsyncProjection, DocumentProjection, isEvent, isEventOf, StoredEvent } from '@vendorwatch/event-store';
import { ScorecardCriterion } from '../domain/scorecard-criterion';
import { ScorecardPublished, ScorecardRevised } from '../domain/scorecard.events';

export interface ScorecardRevisionView {
  version: number;
  name: string;
  criteria: ScorecardCriterion[];
  publishedAt: string;
}

export interface ScorecardView {
  id: string;
  name: string;
  version: number;
  criteria: ScorecardCriterion[];
  publishedAt: string;
  revisedAt: string | null;
  /** Every version, oldest first: reviews point at the one they were scored on. */
  revisions: ScorecardRevisionView[];
}

@Injectable()
@AsyncProjection()
export class ScorecardCatalogProjection extends DocumentProjection<ScorecardView> {
  static readonly projectionName = 'qa-scorecards';
  readonly name = ScorecardCatalogProjection.projectionName;
  readonly table = 'qa_scorecards';

  protected keysOf(event: StoredEvent): string[] {
    return isEventOf(event, ScorecardPublished, ScorecardRevised) ? [event.data.scorecardId] : [];
  }

  protected reduce(doc: ScorecardView | undefined, event: StoredEvent): ScorecardView | undefined {
    if (isEvent(event, ScorecardPublished)) {
      const { scorecardId, name, criteria, version, publishedAt } = event.data;
      return {
        id: scorecardId,
        name,
        version,
        criteria,
        publishedAt,
        revisedAt: null,
        revisions: [{ version, name, criteria, publishedAt }],
      };
    }
    if (!doc || !isEvent(event, ScorecardRevised)) return doc;
    const { name, criteria, version, revisedAt } = event.data;
    return {
      ...doc,
      name,
      version,
      criteria,
      revisedAt,
      revisions: [...doc.revisions, { version, name, criteria, publishedAt: revisedAt }],
    };
  }

  protected override columns(doc: ScorecardView): Record<string, unknown> {
    return { name: doc.name };
  }
}
