import { Injectable, Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Clock, EventStore, queryRows, RequestContext, SYSTEM_ACTOR } from '@vendorwatch/event-store';
import { DataSource, EntityManager } from 'typeorm';
import { RecordSlaMeasurementCommand } from '../commands/record-sla-measurement.command';
import {
  ComputedMeasurement,
  ComputedMetric,
  ComputedSla,
  computedSlaOf,
  mayChangeRisk,
  measurementOf,
  PeriodFigure,
  periodStartDay,
  wakeAt,
  worthRecording,
} from '../domain/computed-sla';
import { SlaFacts } from '../queries/sla-facts';
import { MeasuredSla, MetricSource } from './metric-source';
import { MetricSources } from './metric-sources';

export interface RemeasureResult {
  /** SlaMeasured events appended. */
  recorded: number;
  /** Global position of the last one, for X-Min-Position. */
  position?: string;
}

interface QueuedPeriod {
  sla_id: string;
  period_start: string;
  attempts: number;
}

/** A period that keeps failing is retried after 1 s, doubling up to ten minutes; it is never dropped. */
const FIRST_RETRY_S = 1;
const MAX_RETRY_S = 600;
const CONTRACTS_PER_DRAIN = 50;
const MAX_DRAINS_PER_PASS = 100;

/**
 * The one computed-measurement subsystem (ADR 0005). It drains the re-measurement queue a contract at a time: each
 * queued period of each SLA is computed by the metric source of its metric, recorded through the SLA aggregate
 * when it changed, remembered, and taken off the queue, all in one transaction. One SLA is measured by one process
 * at a time (advisory lock). A period whose figure cannot be recorded stays queued, with its reason, and is
 * retried with backoff.
 */
@Injectable()
export class ComputedMeasurements {
  private readonly logger = new Logger(ComputedMeasurements.name);

  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly commands: CommandBus,
    private readonly facts: SlaFacts,
    private readonly sources: MetricSources,
    private readonly store: EventStore,
  ) {}

  /**
   * Measures the due queued periods of up to 50 contracts; answers how many figures were recorded. `settleSeconds`
   * leaves fresh requests to the command that made them (an ingest drains its own contract right after it commits).
   */
  async drain({ settleSeconds = 0 } = {}): Promise<RemeasureResult> {
    const contracts = await queryRows<{ contract_id: string }>(
      this.db,
      `SELECT contract_id FROM sla_remeasure_queue
       WHERE retry_at <= now() AND requested_at <= now() - make_interval(secs => $1)
       GROUP BY contract_id ORDER BY min(requested_at) LIMIT ${CONTRACTS_PER_DRAIN}`,
      [settleSeconds],
    );
    const result: RemeasureResult = { recorded: 0 };
    for (const { contract_id } of contracts) add(result, await this.drainQueued(contract_id, settleSeconds, false));
    return result;
  }

  /**
   * Right after a command queued them: every due period of one contract, waiting for any the worker is measuring
   * at that moment. When it records a figure, the answered position covers every figure of the contract's SLAs
   * recorded so far, so a read with it as `X-Min-Position` sees them whoever recorded them.
   */
  async drainContract(contractId: string): Promise<RemeasureResult> {
    const own = await this.drainQueued(contractId, 0, true);
    if (!own.position) return own;
    const slaIds = (await this.facts.activeOf(contractId)).map((sla) => sla.id);
    const latest = (await this.store.lastPositionOf(slaIds)) ?? own.position;
    return { ...own, position: BigInt(latest) > BigInt(own.position) ? latest : own.position };
  }

  private drainQueued(contractId: string, settleSeconds: number, waitForOthers: boolean): Promise<RemeasureResult> {
    const { correlationId, causationId } = RequestContext.metadata();
    return RequestContext.run({ actor: SYSTEM_ACTOR, correlationId, causationId }, async () => {
      try {
        return await this.db.transaction((manager) =>
          this.measureQueued(manager, contractId, settleSeconds, waitForOthers),
        );
      } catch (error) {
        await this.postpone(contractId, (error as Error).message);
        return { recorded: 0 };
      }
    });
  }

  private async measureQueued(
    manager: EntityManager,
    contractId: string,
    settleSeconds: number,
    waitForOthers: boolean,
  ): Promise<RemeasureResult> {
    const queued = await queryRows<QueuedPeriod>(
      manager,
      `SELECT sla_id, to_char(period_start, 'YYYY-MM-DD') AS period_start, attempts FROM sla_remeasure_queue
       WHERE contract_id = $1 AND retry_at <= now() AND requested_at <= now() - make_interval(secs => $2)
       ORDER BY sla_id, period_start FOR UPDATE ${waitForOthers ? '' : 'SKIP LOCKED'}`,
      [contractId, settleSeconds],
    );
    const now = this.clock.now();
    const bySla = new Map<string, string[]>();
    for (const row of queued) bySla.set(row.sla_id, [...(bySla.get(row.sla_id) ?? []), row.period_start]);
    const result: RemeasureResult = { recorded: 0 };
    // In id order, so two measuring processes never wait on each other crosswise.
    for (const slaId of [...bySla.keys()].sort()) {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('computed-sla:' || $1))`, [slaId]);
    }
    const measured = await this.measurable(manager, bySla, now);
    for (const [source, slas] of groupBySource(measured, (metric) => this.sources.of(metric))) {
      const figures = await source.figures(manager, contractId, slas, now);
      for (const { sla, periodStarts } of slas) {
        // A savepoint each: an SLA that refuses its figure does not stop the others; it stays queued.
        await manager.query('SAVEPOINT sla');
        try {
          add(result, await this.record(manager, sla, figures.get(sla.slaId) ?? [], now));
          await manager.query('RELEASE SAVEPOINT sla');
          bySla.delete(sla.slaId);
          await this.dequeue(manager, sla.slaId, periodStarts);
        } catch (error) {
          await manager.query('ROLLBACK TO SAVEPOINT sla');
          await this.retryLater(manager, sla.slaId, periodStarts, (error as Error).message);
        }
      }
    }
    // What is left had nothing to measure: retired or not computed, not started yet, or no source for its metric.
    for (const [slaId, periodStarts] of bySla) {
      if (!measured.some((m) => m.sla.slaId === slaId) || !this.sourceFor(measured, slaId)) {
        await this.dequeue(manager, slaId, periodStarts);
      }
    }
    return result;
  }

  /** The queued periods that can be measured now: of active computed SLAs, and started by `now`. */
  private async measurable(manager: EntityManager, bySla: Map<string, string[]>, now: Date): Promise<MeasuredSla[]> {
    const measured: MeasuredSla[] = [];
    for (const [slaId, periodStarts] of bySla) {
      const definition = await this.facts.active(slaId, { manager });
      const sla = definition && computedSlaOf(definition);
      if (!sla) continue;
      const started = periodStarts.filter((start) => start <= periodStartDay(sla.period, now));
      if (started.length < periodStarts.length) {
        await this.dequeue(
          manager,
          slaId,
          periodStarts.filter((start) => !started.includes(start)),
        );
      }
      if (started.length > 0) measured.push({ sla, periodStarts: started });
    }
    return measured;
  }

  private sourceFor(measured: MeasuredSla[], slaId: string): MetricSource | undefined {
    const sla = measured.find((m) => m.sla.slaId === slaId)?.sla;
    return sla && this.sources.of(sla.metric);
  }

  /** The SLA's changed figures in one command (one append), and every figure remembered in one statement. */
  private async record(
    manager: EntityManager,
    sla: ComputedSla,
    figures: PeriodFigure[],
    now: Date,
  ): Promise<RemeasureResult> {
    const last = await this.lastMeasurements(
      manager,
      sla.slaId,
      figures.map((f) => f.periodStart),
    );
    const measurements = figures.map((figure) => measurementOf(sla, figure, now));
    const changed = measurements
      .filter((m) => worthRecording(last.get(m.periodStart), m) || mayChangeRisk(sla, m, now))
      .map((m) => ({ ...m, source: 'computed' as const }));
    await this.remember(
      manager,
      sla,
      measurements.map((m, i) => ({ ...m, wakeAt: wakeAt(sla, figures[i], now) })),
      now,
    );
    if (changed.length === 0) return { recorded: 0 };
    const written = await this.commands.execute(
      new RecordSlaMeasurementCommand(sla.slaId, changed, undefined, { manager }),
    );
    return written.position === '0' ? { recorded: 0 } : { recorded: changed.length, position: written.position };
  }

  /** The last figure computed for each of these periods of an SLA (recorded, or an empty sample kept to watch). */
  private async lastMeasurements(
    manager: EntityManager,
    slaId: string,
    periodStarts: string[],
  ): Promise<Map<string, ComputedMeasurement>> {
    const rows = await queryRows<ComputedMeasurement>(
      manager,
      `SELECT to_char(period_start, 'YYYY-MM-DD') AS "periodStart", value::float8 AS value, sample_size AS "sampleSize",
              provisional
       FROM computed_sla_measurements WHERE sla_id = $1 AND period_start = ANY($2::date[])`,
      [slaId, periodStarts],
    );
    return new Map(rows.map((row) => [row.periodStart, row]));
  }

  private async remember(
    manager: EntityManager,
    sla: ComputedSla,
    measurements: (ComputedMeasurement & { wakeAt?: Date })[],
    now: Date,
  ): Promise<void> {
    if (measurements.length === 0) return;
    await manager.query(
      `INSERT INTO computed_sla_measurements
         (sla_id, period_start, contract_id, value, sample_size, provisional, measured_at, sla_version, wake_at)
       SELECT $1, m.period_start, $2, m.value, m.sample_size, m.provisional, $3, $4, m.wake_at
       FROM unnest($5::date[], $6::numeric[], $7::int[], $8::boolean[], $9::timestamptz[])
         AS m(period_start, value, sample_size, provisional, wake_at)
       ON CONFLICT (sla_id, period_start) DO UPDATE SET value = EXCLUDED.value, sample_size = EXCLUDED.sample_size,
         provisional = EXCLUDED.provisional, measured_at = EXCLUDED.measured_at,
         sla_version = EXCLUDED.sla_version, wake_at = EXCLUDED.wake_at`,
      [
        sla.slaId,
        sla.contractId,
        now,
        sla.definitionVersion ?? null,
        measurements.map((m) => m.periodStart),
        measurements.map((m) => m.value),
        measurements.map((m) => m.sampleSize),
        measurements.map((m) => m.provisional),
        measurements.map((m) => m.wakeAt ?? null),
      ],
    );
  }

  private async dequeue(manager: EntityManager, slaId: string, periodStarts: string[]): Promise<void> {
    await manager.query(`DELETE FROM sla_remeasure_queue WHERE sla_id = $1 AND period_start = ANY($2::date[])`, [
      slaId,
      periodStarts,
    ]);
  }

  private async retryLater(manager: EntityManager, slaId: string, periodStarts: string[], reason: string) {
    this.logger.error(`Measuring SLA ${slaId} failed; it stays queued: ${reason}`);
    await manager.query(
      `UPDATE sla_remeasure_queue SET attempts = attempts + 1, failure = $3,
         retry_at = now() + make_interval(secs => least(${MAX_RETRY_S}, ${FIRST_RETRY_S} * 2 ^ attempts))
       WHERE sla_id = $1 AND period_start = ANY($2::date[])`,
      [slaId, periodStarts, reason.slice(0, 1000)],
    );
  }

  /** The whole contract's transaction failed (a lost race, the database): its periods stay queued for later. */
  private async postpone(contractId: string, reason: string): Promise<void> {
    this.logger.error(`Measuring the SLAs of contract ${contractId} failed; they stay queued: ${reason}`);
    await this.db
      .query(
        `UPDATE sla_remeasure_queue SET attempts = attempts + 1, failure = $2,
           retry_at = now() + make_interval(secs => least(${MAX_RETRY_S}, ${FIRST_RETRY_S} * 2 ^ attempts))
         WHERE contract_id = $1 AND retry_at <= now()`,
        [contractId, reason.slice(0, 1000)],
      )
      .catch(() => undefined);
  }

  /** What time alone changes, measured now: the worker's minutely pass (and a test's, with its clock). */
  async remeasureOpenPeriods(): Promise<RemeasureResult> {
    await this.queueOpenPeriods();
    const result: RemeasureResult = { recorded: 0 };
    // Bounded: periods another process holds stay due until it commits them.
    for (let pass = 0; pass < MAX_DRAINS_PER_PASS && (await this.hasDue()); pass++) add(result, await this.drain());
    return result;
  }

  private async hasDue(): Promise<boolean> {
    return (await queryRows(this.db, `SELECT 1 FROM sla_remeasure_queue WHERE retry_at <= now() LIMIT 1`)).length > 0;
  }

  /**
   * Queues what time alone changes, from the wake-time index: the periods of active SLAs whose unanswered records
   * have come due, that reached their half (the at-risk check) or that ended since they were last measured.
   */
  async queueOpenPeriods(): Promise<void> {
    const now = this.clock.now().toISOString();
    // A retired SLA is measured no more: its periods stop waking.
    await this.db.query(
      `UPDATE computed_sla_measurements m SET wake_at = NULL
       WHERE m.wake_at < $1 AND NOT EXISTS (SELECT 1 FROM sla_definitions d WHERE d.id = m.sla_id AND d.status = 'active')`,
      [now],
    );
    await this.db.query(
      `INSERT INTO sla_remeasure_queue (sla_id, contract_id, period_start)
       SELECT m.sla_id, m.contract_id, m.period_start FROM computed_sla_measurements m
       JOIN sla_definitions d ON d.id = m.sla_id AND d.status = 'active'
       WHERE m.wake_at < $1
       ON CONFLICT (sla_id, period_start) DO NOTHING`,
      [now],
    );
  }
}

function add(total: RemeasureResult, part: RemeasureResult): void {
  total.recorded += part.recorded;
  total.position = part.position ?? total.position;
}

function groupBySource(
  measured: MeasuredSla[],
  sourceOf: (metric: ComputedMetric) => MetricSource | undefined,
): Map<MetricSource, MeasuredSla[]> {
  const groups = new Map<MetricSource, MeasuredSla[]>();
  for (const entry of measured) {
    const source = sourceOf(entry.sla.metric);
    if (source) groups.set(source, [...(groups.get(source) ?? []), entry]);
  }
  return groups;
}
