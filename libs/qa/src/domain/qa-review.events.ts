import { DomainEvent } from '@vendorwatch/event-store';
import { QaAnswer } from './qa-score';

export type InteractionChannel = 'voice' | 'chat' | 'email' | 'social';

export interface ReviewedInteraction {
  externalId: string;
  channel: InteractionChannel;
  occurredAt: string;
}

export class QaReviewSubmitted extends DomainEvent {
  static readonly type = 'QaReviewSubmitted';
  constructor(
    readonly reviewId: string,
    readonly contractId: string,
    readonly vendorId: string,
    readonly scorecardId: string,
    readonly scorecardVersion: number,
    readonly interaction: ReviewedInteraction,
    readonly agentRef: string,
    readonly answers: QaAnswer[],
    readonly score: number,
    readonly autoFailed: boolean,
    readonly reviewerId: string,
    readonly comments: string | null,
    readonly calibrationGroup: string | null,
    readonly submittedAt: string,
  ) {
    super();
  }
}

export class QaReviewDisputed extends DomainEvent {
  static readonly type = 'QaReviewDisputed';
  constructor(
    readonly reviewId: string,
    readonly contractId: string,
    readonly vendorId: string,
    readonly reason: string,
    readonly disputedBy: string,
    readonly disputedAt: string,
  ) {
    super();
  }
}

export type DisputeOutcome = 'upheld' | 'amended';

/** `score`/`autoFailed` are the review's current values after the resolution (unchanged when upheld). */
export class QaDisputeResolved extends DomainEvent {
  static readonly type = 'QaDisputeResolved';
  constructor(
    readonly reviewId: string,
    readonly contractId: string,
    readonly vendorId: string,
    readonly outcome: DisputeOutcome,
    readonly answers: QaAnswer[] | null,
    readonly previousScore: number,
    readonly score: number,
    readonly autoFailed: boolean,
    readonly note: string,
    readonly resolvedBy: string,
    readonly resolvedAt: string,
  ) {
    super();
  }
}

export class QaFeedbackAcknowledged extends DomainEvent {
  static readonly type = 'QaFeedbackAcknowledged';
  constructor(
    readonly reviewId: string,
    readonly contractId: string,
    readonly vendorId: string,
    readonly note: string | null,
    readonly acknowledgedBy: string,
    readonly acknowledgedAt: string,
  ) {
    super();
  }
}
