import { Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Clock, ConcurrencyError, DomainError } from '@vendorwatch/event-store';
import { periodBoundsOf, RecordSlaMeasurementCommand, SlaPeriod } from '@vendorwatch/slas';
import { EntityManager } from 'typeorm';
import { averageScore } from '../domain/average-score';

export interface SlaPeriodToMeasure {
  slaId: string;
  period: SlaPeriod;
  /** Any instant inside the period. */
  at: Date;
}

/**
 * Records one qa_score SLA period (SPEC §6): value = average current score of the contract's reviews whose
 * interaction occurred in the period, sample = their number; provisional while the period runs. A provisional
 * period is remembered so `QaScoreSlaFinalizeJob` measures it again once it has ended. Built by the process
 * manager and the job themselves: both live in the event store's feature module, which sees no QaModule provider.
 */
export class QaScoreSlaMeasurer {
  private readonly logger = new Logger(QaScoreSlaMeasurer.name);

  constructor(
    private readonly commands: CommandBus,
    private readonly clock: Clock,
  ) {}

  async measure(target: SlaPeriodToMeasure, manager: EntityManager): Promise<void> {
    const now = this.clock.now();
    if (target.at > now) return;
    const { periodStart, periodEnd } = periodBoundsOf(target.period, target.at);
    const rows: { score: number }[] = await manager.query(
      `SELECT r.score FROM qa_score_sla_reviews r JOIN qa_score_slas s USING (contract_id)
       WHERE s.sla_id = $1 AND r.occurred_at >= $2 AND r.occurred_at < $3`,
      [target.slaId, periodStart, periodEnd],
    );
    const provisional = new Date(periodEnd) > now;
    if (rows.length > 0) {
      const figure = { periodStart, value: averageScore(rows.map((r) => r.score)), sampleSize: rows.length };
      await this.record(target.slaId, { ...figure, source: 'computed', provisional }, manager);
    }
    await manager.query(
      provisional && rows.length > 0
        ? `INSERT INTO qa_score_sla_provisional (sla_id, period_start, period_end) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`
        : `DELETE FROM qa_score_sla_provisional WHERE sla_id = $1 AND period_start = $2`,
      provisional && rows.length > 0 ? [target.slaId, periodStart, periodEnd] : [target.slaId, periodStart],
    );
  }

  private async record(
    slaId: string,
    measurement: RecordSlaMeasurementCommand['measurement'],
    manager: EntityManager,
  ): Promise<void> {
    try {
      await this.commands.execute(new RecordSlaMeasurementCommand(slaId, measurement, undefined, { manager }));
    } catch (error) {
      // A rule the SLA rejects (e.g. retired since) rejects it on every retry too: skip it rather than stall QA.
      // A lost race (or any other failure) is retried with the whole transaction.
      if (!(error instanceof DomainError) || error instanceof ConcurrencyError) throw error;
      this.logger.warn(`qa_score measurement of SLA ${slaId} for ${measurement.periodStart} skipped: ${error.message}`);
    }
  }
}
