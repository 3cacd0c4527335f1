import { Injectable } from '@nestjs/common';
import { AsyncProjection, isEvent, isEventOf, Projection, queryRow, StoredEvent } from '@vendorwatch/event-store';
import { RemeasureRequests } from '@vendorwatch/slas';
import { EntityManager } from 'typeorm';
import { QaDisputeResolved, QaReviewSubmitted } from '../domain/qa-review.events';

/**
 * The evidence behind `qa_score` SLAs: each review's current score by the instant its interaction occurred. A
 * submission or a resolved dispute queues the contract's qa_score periods holding that instant for re-measurement,
 * in the same transaction; the SLA context measures them (ADR 0005). A rebuild queues them again and the figures,
 * unchanged, append nothing.
 */
@Injectable()
@AsyncProjection()
export class QaScoreEvidenceProjection implements Projection {
  readonly name = 'qa-score-sla-measurements';
  readonly tables = ['qa_score_sla_reviews'] as const;

  constructor(private readonly remeasure: RemeasureRequests) {}

  concerns(event: StoredEvent): boolean {
    return isEventOf(event, QaReviewSubmitted, QaDisputeResolved);
  }

  async apply(events: StoredEvent[], manager: EntityManager): Promise<void> {
    for (const event of events) {
      const changed = await this.track(event, manager);
      if (changed) await this.remeasure.forDays(manager, changed.contractId, [changed.day], ['qa_score']);
    }
  }

  /** Updates the review's score; answers its contract and the UTC day its interaction occurred, if it changed. */
  private async track(event: StoredEvent, manager: EntityManager): Promise<ScoredDay | undefined> {
    if (isEvent(event, QaReviewSubmitted)) {
      const { reviewId, contractId, interaction, score } = event.data;
      await manager.query(
        `INSERT INTO qa_score_sla_reviews (review_id, contract_id, occurred_at, score) VALUES ($1, $2, $3, $4)
         ON CONFLICT (review_id) DO NOTHING`,
        [reviewId, contractId, interaction.occurredAt, score],
      );
      return { contractId, day: new Date(interaction.occurredAt).toISOString().slice(0, 10) };
    }
    if (isEvent(event, QaDisputeResolved)) {
      const review = await queryRow<ScoredDay>(
        manager,
        `SELECT contract_id AS "contractId", to_char((occurred_at AT TIME ZONE 'UTC')::date, 'YYYY-MM-DD') AS day
         FROM qa_score_sla_reviews WHERE review_id = $1`,
        [event.data.reviewId],
      );
      await manager.query(`UPDATE qa_score_sla_reviews SET score = $2 WHERE review_id = $1`, [
        event.data.reviewId,
        event.data.score,
      ]);
      return review;
    }
    return undefined;
  }
}

interface ScoredDay {
  contractId: string;
  day: string;
}
