import { Injectable } from '@nestjs/common';
import { AsyncProjection, DocumentProjection, isEvent, isEventOf, StoredEvent } from '@vendorwatch/event-store';
import { QaAnswer } from '../domain/qa-score';
import { QaReviewStatus } from '../domain/qa-review-status';
import {
  QaDisputeResolved,
  QaFeedbackAcknowledged,
  QaReviewDisputed,
  QaReviewSubmitted,
  ReviewedInteraction,
} from '../domain/qa-review.events';

export interface QaReviewView {
  id: string;
  contractId: string;
  vendorId: string;
  scorecardId: string;
  scorecardVersion: number;
  interaction: ReviewedInteraction;
  agentRef: string;
  answers: QaAnswer[];
  comments: string | null;
  calibrationGroup: string | null;
  reviewerId: string;
  status: QaReviewStatus;
  /** The current score: the amended one after an `amended` resolution. */
  score: number;
  autoFailed: boolean;
  originalScore: number;
  submittedAt: string;
  dispute: { reason: string; disputedBy: string; disputedAt: string } | null;
  resolution: { outcome: string; note: string; previousScore: number; resolvedBy: string; resolvedAt: string } | null;
  acknowledgement: { note: string | null; acknowledgedBy: string; acknowledgedAt: string } | null;
  version: number;
}

/** One document per QA review: the list, the detail and the contract summary read it. */
@Injectable()
@AsyncProjection()
export class QaReviewListProjection extends DocumentProjection<QaReviewView> {
  static readonly projectionName = 'qa-reviews';
  readonly name = QaReviewListProjection.projectionName;
  readonly table = 'qa_reviews';

  protected keysOf(event: StoredEvent): string[] {
    return isEventOf(event, QaReviewSubmitted, QaReviewDisputed, QaDisputeResolved, QaFeedbackAcknowledged)
      ? [event.data.reviewId]
      : [];
  }

  protected reduce(doc: QaReviewView | undefined, event: StoredEvent): QaReviewView | undefined {
    if (isEvent(event, QaReviewSubmitted)) {
      const d = event.data;
      return {
        id: d.reviewId,
        contractId: d.contractId,
        vendorId: d.vendorId,
        scorecardId: d.scorecardId,
        scorecardVersion: d.scorecardVersion,
        interaction: d.interaction,
        agentRef: d.agentRef,
        answers: d.answers,
        comments: d.comments,
        calibrationGroup: d.calibrationGroup,
        reviewerId: d.reviewerId,
        status: 'submitted',
        score: d.score,
        autoFailed: d.autoFailed,
        originalScore: d.score,
        submittedAt: d.submittedAt,
        dispute: null,
        resolution: null,
        acknowledgement: null,
        version: event.version,
      };
    }
    if (!doc) return doc;
    const next = { ...doc, version: event.version };
    if (isEvent(event, QaReviewDisputed)) {
      const d = event.data;
      return {
        ...next,
        status: 'disputed',
        dispute: { reason: d.reason, disputedBy: d.disputedBy, disputedAt: d.disputedAt },
      };
    }
    if (isEvent(event, QaDisputeResolved)) {
      const d = event.data;
      return {
        ...next,
        status: 'resolved',
        score: d.score,
        autoFailed: d.autoFailed,
        answers: d.answers ?? doc.answers,
        resolution: {
          outcome: d.outcome,
          note: d.note,
          previousScore: d.previousScore,
          resolvedBy: d.resolvedBy,
          resolvedAt: d.resolvedAt,
        },
      };
    }
    if (isEvent(event, QaFeedbackAcknowledged)) {
      const d = event.data;
      return {
        ...next,
        status: 'acknowledged',
        acknowledgement: { note: d.note, acknowledgedBy: d.acknowledgedBy, acknowledgedAt: d.acknowledgedAt },
      };
    }
    return next;
  }

  protected override columns(doc: QaReviewView): Record<string, unknown> {
    return {
      contract_id: doc.contractId,
      vendor_id: doc.vendorId,
      agent_ref: doc.agentRef,
      status: doc.status,
      occurred_at: doc.interaction.occurredAt,
      submitted_at: doc.submittedAt,
    };
  }
}
