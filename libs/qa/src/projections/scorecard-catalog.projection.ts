import { Injectable } from '@nestjs/common';
import { AsyncProjection, DocumentProjection, StoredEvent } from '@vendorwatch/event-store';
import { ScorecardCriterion } from '../domain/scorecard-criterion';

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
    return event.type === 'ScorecardPublished' || event.type === 'ScorecardRevised' ? [event.data.scorecardId] : [];
  }

  protected reduce(doc: ScorecardView | undefined, event: StoredEvent): ScorecardView | undefined {
    const { scorecardId, name, criteria, version } = event.data;
    if (event.type === 'ScorecardPublished') {
      const publishedAt = event.data.publishedAt;
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
    if (!doc) return doc;
    const revisedAt = event.data.revisedAt;
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
