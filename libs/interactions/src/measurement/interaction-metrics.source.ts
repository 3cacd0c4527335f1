import { Injectable } from '@nestjs/common';
import { queryRows } from '@vendorwatch/event-store';
import {
  ComputedSla,
  ComputesMetrics,
  EvidencePage,
  EvidenceQuery,
  EvidenceSource,
  MeasuredSla,
  MetricSource,
  PeriodFigure,
} from '@vendorwatch/slas';
import { EntityManager } from 'typeorm';
import { interactionEvidence } from './interaction-evidence.query';
import { ClockSchedules } from './clock-schedules';
import { clockedFigures } from './clocked-figures';
import { INTERACTION_METRICS, periodFigures } from './period-figures.query';

/** The interactions context's figures for the SLA context's computed-measurement subsystem (SPEC §6 formulas). */
@Injectable()
@ComputesMetrics()
export class InteractionMetricsSource extends MetricSource implements EvidenceSource {
  readonly metrics = INTERACTION_METRICS;

  constructor(private readonly clocks: ClockSchedules) {
    super();
  }

  /** 24x7 SLAs in one set-based SQL pass; those on a business clock from one streamed pass (docs/business-minutes.md). */
  async figures(
    manager: EntityManager,
    contractId: string,
    measured: MeasuredSla[],
    now: Date,
  ): Promise<Map<string, PeriodFigure[]>> {
    const { wallClock, clocked } = await this.clocks.split(manager, contractId, measured);
    const figures = await periodFigures(manager, contractId, wallClock, now);
    if (clocked.length === 0) return figures;
    return new Map([...figures, ...(await clockedFigures(manager, contractId, clocked, now))]);
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

  evidence(
    manager: EntityManager,
    sla: ComputedSla,
    periodStart: string,
    measuredAt: Date,
    query: EvidenceQuery,
  ): Promise<EvidencePage> {
    return interactionEvidence(manager, sla, periodStart, measuredAt, query);
  }
}
