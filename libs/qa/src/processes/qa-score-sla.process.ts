import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Clock, Projection, RequestContext, StoredEvent, SYSTEM_ACTOR } from '@vendorwatch/event-store';
import { SlaPeriod } from '@vendorwatch/slas';
import { EntityManager } from 'typeorm';
import { QaScoreSlaMeasurer, SlaPeriodToMeasure } from './qa-score-sla.measurer';

/**
 * Process manager for `qa_score` SLAs: re-measures the SLA periods a review submission or dispute resolution
 * touches. It keeps its own copy of active qa_score SLAs and review scores in event order, so a review right after
 * an SLA's definition is never measured against stale state; its appends commit with its checkpoint. The SLA
 * aggregate appends nothing for a computed figure equal to the one on record, so replays and upheld disputes
 * change nothing.
 */
@Injectable()
export class QaScoreSlaProcess implements Projection {
  readonly name = 'qa-score-sla-measurements';
  readonly processManager = true;
  readonly tables = ['qa_score_sla_provisional', 'qa_score_sla_reviews', 'qa_score_slas'] as const;

  private readonly measurer: QaScoreSlaMeasurer;

  constructor(commands: CommandBus, clock: Clock) {
    this.measurer = new QaScoreSlaMeasurer(commands, clock);
  }

  async apply(events: StoredEvent[], manager: EntityManager): Promise<void> {
    for (const event of events) {
      const targets = await this.track(event, manager);
      if (targets.length === 0) continue;
      const context = { actor: SYSTEM_ACTOR, causationId: event.eventId, correlationId: event.metadata.correlationId };
      await RequestContext.run(context, async () => {
        for (const target of targets) await this.measurer.measure(target, manager);
      });
    }
  }

  /** Updates the tracked SLAs and scores, and answers the SLA periods the event may have changed. */
  private async track(event: StoredEvent, manager: EntityManager): Promise<SlaPeriodToMeasure[]> {
    const d = event.data;
    switch (event.type) {
      case 'QaReviewSubmitted':
        await manager.query(
          `INSERT INTO qa_score_sla_reviews (review_id, contract_id, occurred_at, score) VALUES ($1, $2, $3, $4)
           ON CONFLICT (review_id) DO NOTHING`,
          [d.reviewId, d.contractId, d.interaction.occurredAt, d.score],
        );
        return this.periodsOfReview(d.reviewId, manager);
      case 'QaDisputeResolved':
        await manager.query(`UPDATE qa_score_sla_reviews SET score = $2 WHERE review_id = $1`, [d.reviewId, d.score]);
        return this.periodsOfReview(d.reviewId, manager);
      case 'SlaDefined':
        if (d.metric !== 'qa_score') return [];
        await manager.query(
          `INSERT INTO qa_score_slas (sla_id, contract_id, period) VALUES ($1, $2, $3) ON CONFLICT (sla_id) DO NOTHING`,
          [d.slaId, d.contractId, d.period],
        );
        return this.periodsWithReviews(d.slaId, d.contractId, d.period, manager);
      case 'SlaRetired':
        await manager.query(`DELETE FROM qa_score_slas WHERE sla_id = $1`, [d.slaId]);
        return [];
      default:
        return [];
    }
  }

  private async periodsOfReview(reviewId: string, manager: EntityManager): Promise<SlaPeriodToMeasure[]> {
    const rows: { sla_id: string; period: SlaPeriod; occurred_at: Date }[] = await manager.query(
      `SELECT s.sla_id, s.period, r.occurred_at FROM qa_score_sla_reviews r JOIN qa_score_slas s USING (contract_id)
       WHERE r.review_id = $1`,
      [reviewId],
    );
    return rows.map((row) => ({ slaId: row.sla_id, period: row.period, at: new Date(row.occurred_at) }));
  }

  /** A newly defined SLA is measured at once for every period that already has reviews. */
  private async periodsWithReviews(
    slaId: string,
    contractId: string,
    period: SlaPeriod,
    manager: EntityManager,
  ): Promise<SlaPeriodToMeasure[]> {
    const rows: { at: Date }[] = await manager.query(
      `SELECT DISTINCT date_trunc($2, occurred_at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' AS at
       FROM qa_score_sla_reviews WHERE contract_id = $1 ORDER BY at`,
      [contractId, period],
    );
    return rows.map((row) => ({ slaId, period, at: new Date(row.at) }));
  }
}
