import { Injectable } from '@nestjs/common';
import { queryRows } from '@vendorwatch/event-store';
import { ComputesMetrics, MeasuredSla, MetricSource, PeriodFigure } from '@vendorwatch/slas';
import { EntityManager } from 'typeorm';
import { INTERACTION_METRICS, periodFigures } from './period-figures.query';

/** The interactions context's figures for the SLA context's computed-measurement subsystem (SPEC §6 formulas). */
@Injectable()
@ComputesMetrics()
export class InteractionMetricsSource extends MetricSource {
  readonly metrics = INTERACTION_METRICS;

  figures(
    manager: EntityManager,
    contractId: string,
    measured: MeasuredSla[],
    now: Date,
  ): Promise<Map<string, PeriodFigure[]>> {
    return periodFigures(manager, contractId, measured, now);
  }

  /** The UTC days on which the contract's interactions were created. */
  async evidenceDays(manager: EntityManager, contractId: string): Promise<string[]> {
    const rows = await queryRows<{ day: string }>(
      manager,
      `SELECT to_char(day, 'YYYY-MM-DD') AS day
       FROM (SELECT DISTINCT (created_at AT TIME ZONE 'UTC')::date AS day FROM interactions WHERE contract_id = $1) days
       ORDER BY day`,
      [contractId],
    );
    return rows.map((row) => row.day);
  }
}
