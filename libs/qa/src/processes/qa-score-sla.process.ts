import { Injectable, Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Clock, ConcurrencyError, DomainError, Projection, RequestContext, StoredEvent, SYSTEM_ACTOR } from '@vendorwatch/event-store';
import { periodBoundsOf, RecordSlaMeasurementCommand, SlaPeriod } from '@vendorwatch/slas';
import { EntityManager } from 'typeorm';
import { averageScore } from '../domain/average-score';

interface SlaPeriodToMeasure {
  slaId: string;
  period: SlaPeriod;
  /** Any instant inside the period. */
  at: Date;
}

/**
 * Process manager for SPEC §6's `qa_score` SLAs: value = average current score of the contract's reviews whose
 * interaction occurred in the period, sample = their number. It keeps its own copy of active qa_score SLAs and
 * review scores in event order, so a review right after an SLA's definition is never measured against stale
 * state. The SLA aggregate appends nothing for a figure equal to the computed one on record, which makes replays
 * and upheld disputes no-ops.
 */
@Injectable()
export class QaScoreSlaProcess implements Projection {
  readonly name = 'qa-score-sla-measurements';
  readonly tables = ['qa_score_slas', 'qa_score_sla_reviews'] as const;
  private readonly logger = new Logger(QaScoreSlaProcess.name);

  constructor(
    private readonly commands: CommandBus,
    private readonly clock: Clock,
  ) {}

  async apply(events: StoredEvent[], manager: EntityManager): Promise<void> {
    for (const event of events) {
      const toMeasure = await this.track(event, manager);
      for (const target of toMeasure) await this.measure(target, event, manager);
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
  private async periodsWithReviews(slaId: string, contractId: string, period: SlaPeriod, manager: EntityManager): Promise<SlaPeriodToMeasure[]> {
    const rows: { at: Date }[] = await manager.query(
      `SELECT DISTINCT date_trunc($2, occurred_at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' AS at
       FROM qa_score_sla_reviews WHERE contract_id = $1 ORDER BY at`,
      [contractId, period],
    );
    return rows.map((row) => ({ slaId, period, at: new Date(row.at) }));
  }

  private async measure(target: SlaPeriodToMeasure, cause: StoredEvent, manager: EntityManager): Promise<void> {
    const now = this.clock.now();
    if (target.at > now) return;
    const { periodStart, periodEnd } = periodBoundsOf(target.period, target.at);
    const rows: { score: number }[] = await manager.query(
      `SELECT r.score FROM qa_score_sla_reviews r JOIN qa_score_slas s USING (contract_id)
       WHERE s.sla_id = $1 AND r.occurred_at >= $2 AND r.occurred_at < $3`,
      [target.slaId, periodStart, periodEnd],
    );
    if (rows.length === 0) return;
    const measurement = {
      periodStart,
      value: averageScore(rows.map((r) => r.score)),
      sampleSize: rows.length,
      source: 'computed' as const,
      provisional: new Date(periodEnd) > now,
    };
    const context = { actor: SYSTEM_ACTOR, causationId: cause.eventId, correlationId: cause.metadata.correlationId };
    try {
      await RequestContext.run(context, () =>
        this.commands.execute(new RecordSlaMeasurementCommand(target.slaId, measurement, undefined, { manager })),
      );
    } catch (error) {
      // A rule the SLA rejects (e.g. retired since) rejects it on every retry too: skip it rather than stall QA.
      // A lost race (or any other failure) is retried with the whole batch.
      if (!(error instanceof DomainError) || error instanceof ConcurrencyError) throw error;
      this.logger.warn(`qa_score measurement of SLA ${target.slaId} for ${periodStart} skipped: ${error.message}`);
    }
  }
}
