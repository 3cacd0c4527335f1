import { Injectable } from '@nestjs/common';
import { queryRows } from '@vendorwatch/event-store';
import { ComputesMetrics, MeasuredSla, MetricSource, periodStartDay, PeriodFigure } from '@vendorwatch/slas';
import { EntityManager } from 'typeorm';
import { averageScore } from '../domain/average-score';

/**
 * `qa_score` figures (SPEC §6) for the SLA context: the average current score of the contract's reviews whose
 * interaction occurred in the period; the sample is their number.
 */
@Injectable()
@ComputesMetrics()
export class QaScoreMetricSource extends MetricSource {
  readonly metrics = ['qa_score'] as const;

  async figures(
    manager: EntityManager,
    contractId: string,
    measured: MeasuredSla[],
  ): Promise<Map<string, PeriodFigure[]>> {
    const reviews = await queryRows<{ day: string; score: number }>(
      manager,
      `SELECT to_char((occurred_at AT TIME ZONE 'UTC')::date, 'YYYY-MM-DD') AS day, score
       FROM qa_score_sla_reviews WHERE contract_id = $1`,
      [contractId],
    );
    return new Map(
      measured.map(({ sla, periodStarts }) => {
        const figures = periodStarts.map((periodStart) => {
          const scores = reviews.filter((r) => periodStartDay(sla.period, r.day) === periodStart).map((r) => r.score);
          return { periodStart, sampleSize: scores.length, value: scores.length ? averageScore(scores) : null };
        });
        return [sla.slaId, figures];
      }),
    );
  }

  async evidenceDays(manager: EntityManager, contractId: string): Promise<string[]> {
    const rows = await queryRows<{ day: string }>(
      manager,
      `SELECT DISTINCT to_char((occurred_at AT TIME ZONE 'UTC')::date, 'YYYY-MM-DD') AS day
       FROM qa_score_sla_reviews WHERE contract_id = $1 ORDER BY day`,
      [contractId],
    );
    return rows.map((row) => row.day);
  }
}
