import { BusinessRuleError, CommonErrorCode, EventSourcedAggregate, InvalidStateError } from '@vendorwatch/event-store';
import { QaErrorCode } from './qa-errors';
import { QaAnswer, scoreAnswers } from './qa-score';
import { QaReviewStatus } from './qa-review-status';
import {
  DisputeOutcome,
  QaDisputeResolved,
  QaFeedbackAcknowledged,
  QaReviewDisputed,
  QaReviewSubmitted,
  ReviewedInteraction,
} from './qa-review.events';
import { ScorecardCriterion } from './scorecard-criterion';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface QaReviewSubmission {
  id: string;
  contractId: string;
  vendorId: string;
  scorecardId: string;
  scorecardVersion: number;
  criteria: readonly ScorecardCriterion[];
  interaction: ReviewedInteraction;
  agentRef: string;
  answers: QaAnswer[];
  reviewerId: string;
  comments: string | null;
  calibrationGroup: string | null;
}

export interface DisputeResolution {
  outcome: DisputeOutcome;
  answers: QaAnswer[] | null;
  note: string;
  resolverId: string;
  /** The criteria of the scorecard version the review was scored on, to re-score amended answers. */
  criteria: readonly ScorecardCriterion[];
}

/** One QA audit of one interaction, scored on one scorecard version, with its dispute and acknowledgement. */
export class QaReview extends EventSourcedAggregate {
  static readonly streamType = 'QaReview';
  static readonly events = [QaReviewSubmitted, QaReviewDisputed, QaDisputeResolved, QaFeedbackAcknowledged];

  private status: QaReviewStatus;
  private contractId: string;
  private vendorId: string;
  private scorecardId: string;
  private scorecardVersion: number;
  private reviewerId: string;
  private submittedAt: Date;
  private score: number;
  private autoFailed: boolean;

  static submit(submission: QaReviewSubmission, now: Date): QaReview {
    const { score, autoFailed } = scoreAnswers(submission.criteria, submission.answers);
    const review = new QaReview();
    review.id = submission.id;
    review.apply(
      new QaReviewSubmitted(
        submission.id,
        submission.contractId,
        submission.vendorId,
        submission.scorecardId,
        submission.scorecardVersion,
        submission.interaction,
        submission.agentRef,
        submission.answers,
        score,
        autoFailed,
        submission.reviewerId,
        submission.comments,
        submission.calibrationGroup,
        now.toISOString(),
      ),
    );
    return review;
  }

  /** What command handlers need to look up before calling a command: the owner and the scorecard version. */
  get references(): { contractId: string; vendorId: string; scorecardId: string; scorecardVersion: number } {
    return {
      contractId: this.contractId,
      vendorId: this.vendorId,
      scorecardId: this.scorecardId,
      scorecardVersion: this.scorecardVersion,
    };
  }

  dispute(reason: string, disputedBy: string, disputeWindowDays: number, now: Date): void {
    if (this.status !== 'submitted') {
      throw new InvalidStateError(
        this.status === 'disputed' ? QaErrorCode.DISPUTE_ALREADY_OPEN : CommonErrorCode.INVALID_STATUS,
        `This review is ${this.status}; a review can be disputed only once, before it is acknowledged.`,
      );
    }
    const deadline = new Date(this.submittedAt.getTime() + disputeWindowDays * DAY_MS);
    if (now > deadline) {
      throw new InvalidStateError(
        QaErrorCode.DISPUTE_WINDOW_CLOSED,
        `The dispute window of ${disputeWindowDays} days closed at ${deadline.toISOString()}.`,
      );
    }
    this.apply(new QaReviewDisputed(this.id, this.contractId, this.vendorId, reason, disputedBy, now.toISOString()));
  }

  resolveDispute(resolution: DisputeResolution, now: Date): void {
    if (this.status !== 'disputed')
      throw new InvalidStateError(
        CommonErrorCode.INVALID_STATUS,
        `This review is ${this.status}; only a disputed review can be resolved.`,
      );
    if (resolution.resolverId === this.reviewerId) {
      throw new InvalidStateError(
        QaErrorCode.RESOLVER_IS_REVIEWER,
        "A review's author cannot resolve its dispute; another QA reviewer must.",
      );
    }
    const amended = resolution.outcome === 'amended';
    if (amended !== (resolution.answers !== null)) {
      throw new BusinessRuleError(
        QaErrorCode.RESOLUTION_ANSWERS_MISMATCH,
        'An amended resolution needs the new answers; an upheld one takes none.',
      );
    }
    const rescored = amended ? scoreAnswers(resolution.criteria, resolution.answers!) : undefined;
    this.apply(
      new QaDisputeResolved(
        this.id,
        this.contractId,
        this.vendorId,
        resolution.outcome,
        resolution.answers,
        this.score,
        rescored?.score ?? this.score,
        rescored?.autoFailed ?? this.autoFailed,
        resolution.note,
        resolution.resolverId,
        now.toISOString(),
      ),
    );
  }

  acknowledge(note: string | null, acknowledgedBy: string, now: Date): void {
    if (this.status === 'disputed')
      throw new InvalidStateError(
        CommonErrorCode.INVALID_STATUS,
        'This review is disputed; acknowledge it once the dispute is resolved.',
      );
    if (this.status === 'acknowledged')
      throw new InvalidStateError(CommonErrorCode.INVALID_STATUS, 'This review is already acknowledged.');
    this.apply(
      new QaFeedbackAcknowledged(this.id, this.contractId, this.vendorId, note, acknowledgedBy, now.toISOString()),
    );
  }

  protected onQaReviewSubmitted(event: QaReviewSubmitted): void {
    this.id = event.reviewId;
    this.status = 'submitted';
    this.contractId = event.contractId;
    this.vendorId = event.vendorId;
    this.reviewerId = event.reviewerId;
    this.scorecardId = event.scorecardId;
    this.scorecardVersion = event.scorecardVersion;
    this.submittedAt = new Date(event.submittedAt);
    this.score = event.score;
    this.autoFailed = event.autoFailed;
  }

  protected onQaReviewDisputed(): void {
    this.status = 'disputed';
  }

  protected onQaDisputeResolved(event: QaDisputeResolved): void {
    this.status = 'resolved';
    this.score = event.score;
    this.autoFailed = event.autoFailed;
  }

  protected onQaFeedbackAcknowledged(): void {
    this.status = 'acknowledged';
  }
}
