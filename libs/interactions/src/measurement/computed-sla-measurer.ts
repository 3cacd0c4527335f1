import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '@vendorwatch/event-store';
import { DataSource, EntityManager } from 'typeorm';
import { ComputedSla } from '../domain/computed-sla';
import { isSettled, periodEndOf, periodsOfDays, periodStartOf } from '../domain/periods';
import { ComputedSlaCatalog, MeasurementRecorder } from '../ports/ingest-ports';
import { periodFigures } from './period-figures.query';

export interface RemeasureResult {
  /** SlaMeasured events appended. */
  recorded: number;
  /** Global position of the last one, for X-Min-Position. */
  position?: string;
}

interface LastMeasurement {
  periodStart: string;
  value: number;
  sampleSize: number;
  provisional: boolean;
}

/**
 * Re-measures computed SLAs from the interactions table and appends a measurement only when the value, the sample
 * or the provisional flag changed. The last recorded figure of each period is kept beside the interactions, and
 * one SLA is measured by one process at a time (advisory lock), so concurrent ingests never append twice.
 */
@Injectable()
export class ComputedSlaMeasurer {
  private readonly logger = new Logger(ComputedSlaMeasurer.name);

  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly catalog: ComputedSlaCatalog,
    private readonly recorder: MeasurementRecorder,
  ) {}

  /** After an ingest: every computed SLA of the contract, for the periods holding the touched days. */
  async remeasureDays(contractId: string, touchedDays: string[]): Promise<RemeasureResult> {
    if (touchedDays.length === 0) return { recorded: 0 };
    const now = this.clock.now();
    const slas = await this.catalog.ofContract(contractId);
    return this.measureEach(slas, async (sla) => periodsOfDays(touchedDays, sla.period, now));
  }

  /** The worker's pass: the running period of every computed SLA, and every period whose figure may still move. */
  async remeasureOpenPeriods(): Promise<RemeasureResult> {
    const now = this.clock.now();
    const slas = await this.catalog.all();
    return this.measureEach(slas, async (sla) => {
      const rows: { periodStart: string }[] = await this.db.query(
        `SELECT to_char(period_start, 'YYYY-MM-DD') AS "periodStart" FROM computed_sla_measurements WHERE sla_id = $1 AND NOT settled`,
        [sla.slaId],
      );
      return [...new Set([...rows.map((r) => r.periodStart), periodStartOf(now, sla.period)])].sort();
    });
  }

  private async measureEach(slas: ComputedSla[], periodsOf: (sla: ComputedSla) => Promise<string[]>): Promise<RemeasureResult> {
    const result: RemeasureResult = { recorded: 0 };
    for (const sla of slas) {
      try {
        const outcome = await this.measure(sla, await periodsOf(sla));
        result.recorded += outcome.recorded;
        if (outcome.position) result.position = outcome.position;
      } catch (error) {
        this.logger.error(`Measuring SLA ${sla.slaId} failed: ${(error as Error).message}`);
      }
    }
    return result;
  }

  private measure(sla: ComputedSla, periodStarts: string[]): Promise<RemeasureResult> {
    if (periodStarts.length === 0) return Promise.resolve({ recorded: 0 });
    return this.db.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('computed-sla:' || $1))`, [sla.slaId]);
      const now = this.clock.now();
      const figures = await periodFigures(manager, sla, periodStarts, now);
      const last = await this.lastMeasurements(manager, sla.slaId, periodStarts);
      const result: RemeasureResult = { recorded: 0 };
      for (const figure of figures) {
        const previous = last.get(figure.periodStart);
        if (figure.sampleSize === 0 && !previous) continue;
        const measurement = {
          periodStart: figure.periodStart,
          value: figure.value ?? 0,
          sampleSize: figure.sampleSize,
          provisional: periodEndOf(figure.periodStart, sla.period) > now,
        };
        if (!previous || !sameMeasurement(previous, measurement)) {
          result.position = (await this.recorder.record(sla, measurement)).position;
          result.recorded++;
        }
        await this.remember(manager, sla, measurement, isSettled(sla, figure.periodStart, now), now);
      }
      return result;
    });
  }

  private async lastMeasurements(manager: EntityManager, slaId: string, periodStarts: string[]): Promise<Map<string, LastMeasurement>> {
    const rows: LastMeasurement[] = await manager.query(
      `SELECT to_char(period_start, 'YYYY-MM-DD') AS "periodStart", value::float8 AS value, sample_size AS "sampleSize", provisional
       FROM computed_sla_measurements WHERE sla_id = $1 AND period_start = ANY($2::date[])`,
      [slaId, periodStarts],
    );
    return new Map(rows.map((row) => [row.periodStart, row]));
  }

  private async remember(manager: EntityManager, sla: ComputedSla, m: LastMeasurement, settled: boolean, now: Date): Promise<void> {
    await manager.query(
      `INSERT INTO computed_sla_measurements (sla_id, period_start, contract_id, value, sample_size, provisional, settled, measured_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (sla_id, period_start) DO UPDATE SET value = EXCLUDED.value, sample_size = EXCLUDED.sample_size,
         provisional = EXCLUDED.provisional, settled = EXCLUDED.settled, measured_at = EXCLUDED.measured_at`,
      [sla.slaId, m.periodStart, sla.contractId, m.value, m.sampleSize, m.provisional, settled, now],
    );
  }
}

function sameMeasurement(a: LastMeasurement, b: LastMeasurement): boolean {
  return a.value === b.value && a.sampleSize === b.sampleSize && a.provisional === b.provisional;
}
