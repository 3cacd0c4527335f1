import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '@vendorwatch/event-store';
import { DataSource, EntityManager } from 'typeorm';
import { ComputedSla } from '../domain/computed-sla';
import { isSettled, periodEndOf, periodsOfDays, periodStartOf } from '../domain/periods';
import { ComputedMeasurement, ComputedSlaCatalog, MeasurementRecorder } from '../ports/ingest-ports';
import {
  contractsWithInteractions,
  interactionDays,
  lastMeasurements,
  rememberMeasurement,
  unsettledPeriods,
} from './computed-measurements.sql';
import { MeasuredSla, PeriodFigure, periodFigures } from './period-figures.query';

export interface RemeasureResult {
  /** SlaMeasured events appended. */
  recorded: number;
  /** Global position of the last one, for X-Min-Position. */
  position?: string;
  /** The SLAs whose figures could not be recorded, with the reason. */
  failed?: string[];
}

/**
 * Re-measures computed SLAs from the interactions table. A figure is recorded only when its value, sample or
 * provisional flag differs from the last one of the period, which is remembered in the same transaction as the
 * appended event; one SLA is measured by one process at a time (advisory lock), so nothing is appended twice.
 * The SLAs of a contract are measured together, from one pass over its interactions.
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
    const slas = await this.catalog.ofContract(contractId);
    try {
      return await this.measure(contractId, slas, async (sla) =>
        periodsOfDays(touchedDays, sla.period, this.clock.now()),
      );
    } catch (error) {
      // The ingest has committed its rows; the worker's pass measures the open periods again.
      this.logger.error(`Measuring the SLAs of contract ${contractId} failed: ${(error as Error).message}`);
      return { recorded: 0 };
    }
  }

  /**
   * A newly defined SLA, as defined now: every period, up to the running one, that holds its contract's
   * interactions. Throws when the figures could not be recorded, so the reacting process manager retries.
   */
  async measureNewSla(slaId: string): Promise<RemeasureResult> {
    const sla = await this.catalog.current(slaId);
    if (!sla) return { recorded: 0 };
    const days = await interactionDays(this.db, sla.contractId);
    const result = await this.measure(sla.contractId, [sla], async () =>
      periodsOfDays(days, sla.period, this.clock.now()),
    );
    if (result.failed?.length) throw new Error(`Measuring a new SLA failed: ${result.failed.join('; ')}`);
    return result;
  }

  /** The worker's pass: the running period of every computed SLA, and every period whose figure may still move. */
  async remeasureOpenPeriods(): Promise<RemeasureResult> {
    const result: RemeasureResult = { recorded: 0 };
    for (const contractId of await contractsWithInteractions(this.db)) {
      const slas = await this.catalog.ofContract(contractId);
      const outcome = await this.measure(contractId, slas, async (sla) => {
        const open = await unsettledPeriods(this.db, sla.slaId);
        return [...new Set([...open, periodStartOf(this.clock.now(), sla.period)])].sort();
      }).catch((error: Error) => {
        // One contract's failure does not stop the pass; the next pass measures it again.
        this.logger.error(`Measuring the SLAs of contract ${contractId} failed: ${error.message}`);
        return { recorded: 0, position: undefined };
      });
      result.recorded += outcome.recorded;
      result.position = outcome.position ?? result.position;
    }
    return result;
  }

  private async measure(
    contractId: string,
    slas: ComputedSla[],
    periodsOf: (sla: ComputedSla) => Promise<string[]>,
  ): Promise<RemeasureResult> {
    const measured: MeasuredSla[] = [];
    for (const sla of [...slas].sort((a, b) => a.slaId.localeCompare(b.slaId))) {
      const periodStarts = await periodsOf(sla);
      if (periodStarts.length > 0) measured.push({ sla, periodStarts });
    }
    if (measured.length === 0) return { recorded: 0 };
    return this.db.transaction((manager) => this.measureLocked(manager, contractId, measured));
  }

  private async measureLocked(
    manager: EntityManager,
    contractId: string,
    measured: MeasuredSla[],
  ): Promise<RemeasureResult> {
    // In id order, so two measuring processes never wait on each other crosswise.
    for (const { sla } of measured)
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('computed-sla:' || $1))`, [sla.slaId]);
    const now = this.clock.now();
    const figures = await periodFigures(manager, contractId, measured, now);
    const result: RemeasureResult = { recorded: 0 };
    for (const { sla, periodStarts } of measured) {
      // A savepoint each: an SLA that refuses its figure (retired meanwhile, say) does not stop the others.
      await manager.query('SAVEPOINT sla');
      try {
        const last = await lastMeasurements(manager, sla.slaId, periodStarts);
        const outcome = await this.measureOne(manager, sla, figures.get(sla.slaId) ?? [], last, now);
        await manager.query('RELEASE SAVEPOINT sla');
        result.recorded += outcome.recorded;
        result.position = outcome.position ?? result.position;
      } catch (error) {
        await manager.query('ROLLBACK TO SAVEPOINT sla');
        const reason = `SLA ${sla.slaId}: ${(error as Error).message}`;
        this.logger.error(`Measuring ${reason}`);
        (result.failed ??= []).push(reason);
      }
    }
    return result;
  }

  private async measureOne(
    manager: EntityManager,
    sla: ComputedSla,
    figures: PeriodFigure[],
    last: Map<string, ComputedMeasurement>,
    now: Date,
  ): Promise<RemeasureResult> {
    const result: RemeasureResult = { recorded: 0 };
    for (const figure of figures) {
      const previous = last.get(figure.periodStart);
      const measurement: ComputedMeasurement = {
        periodStart: figure.periodStart,
        value: figure.value ?? 0,
        sampleSize: figure.sampleSize,
        provisional: periodEndOf(figure.periodStart, sla.period) > now,
      };
      // An empty sample is only worth an event when it replaces a recorded figure.
      const worthRecording = previous ? !sameMeasurement(previous, measurement) : figure.sampleSize > 0;
      if (worthRecording) await this.record(sla, measurement, manager, result);
      await rememberMeasurement(manager, sla, measurement, isSettled(sla, figure.periodStart, now), now);
    }
    return result;
  }

  private async record(
    sla: ComputedSla,
    measurement: ComputedMeasurement,
    manager: EntityManager,
    result: RemeasureResult,
  ): Promise<void> {
    const written = await this.recorder.record(sla, measurement, manager);
    if (written.position === '0') return;
    result.recorded++;
    result.position = written.position;
  }
}

function sameMeasurement(a: ComputedMeasurement, b: ComputedMeasurement): boolean {
  return a.value === b.value && a.sampleSize === b.sampleSize && a.provisional === b.provisional;
}
