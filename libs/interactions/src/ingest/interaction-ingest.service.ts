import { Inject, Injectable } from '@nestjs/common';
import { WallClockReader } from '@vendorwatch/calendars';
import {
  BULK_LIMITS,
  Clock,
  DATABASE_SETTINGS,
  DatabaseSettings,
  failpointOn,
  pgClientConfig,
  RequestContext,
  SYSTEM_ACTOR,
} from '@vendorwatch/event-store';
import { ComputedMeasurements, RemeasureRequests } from '@vendorwatch/slas';
import { Client } from 'pg';
import { createdAtWindow, validateInteraction } from '../domain/interaction-validation';
import { INTERACTION_METRICS } from '../measurement/period-figures.query';
import { ContractGate } from '../ports/ingest-ports';
import { createInteractionPartitions } from '../storage/interaction-partitions';
import { InteractionStaging } from '../storage/interaction-staging';
import { protectedRecordReason, replacesOnlyVendorRecords, senderOf } from '../domain/provenance';
import {
  insertIfAllNew,
  lockContract,
  removeDuplicates,
  removeRowsOverClientRecords,
  Submission,
  UpsertResult,
  upsertStaged,
} from '../storage/staged-interactions';
import { IngestProgress, IngestReport, Rejections } from './ingest-report';
import { SourceRecord } from './source-record';

const PROGRESS_EVERY = 10_000;

type ProgressListener = (progress: IngestProgress) => void;

export interface IngestOptions {
  /** IANA zone for times without an offset (`?timezone=`); default the contract's demand zone, else UTC. */
  timezone?: string;
}

/** Where zone-less times are read, and how many rows had one. */
class AssumedZone {
  readonly reader: WallClockReader;
  rows = 0;

  constructor(readonly zone: string) {
    this.reader = new WallClockReader(zone);
  }

  get report(): { assumedTimezone?: { zone: string; rows: number } } {
    return this.rows > 0 ? { assumedTimezone: { zone: this.zone, rows: this.rows } } : {};
  }
}

/**
 * The one ingest path of the HTTP route and the CLI: records stream through validation into a session's staging
 * table, then one set-based write in one short transaction (a body found malformed half-way stores nothing);
 * the touched periods of the contract's computed SLAs are queued in that transaction and measured right after.
 */
@Injectable()
export class InteractionIngest {
  constructor(
    @Inject(DATABASE_SETTINGS) private readonly settings: DatabaseSettings,
    private readonly contracts: ContractGate,
    private readonly remeasure: RemeasureRequests,
    private readonly measurements: ComputedMeasurements,
    private readonly clock: Clock,
  ) {}

  async ingest(
    contractId: string,
    records: AsyncIterable<SourceRecord[]>,
    onProgress: ProgressListener = () => undefined,
    options: IngestOptions = {},
  ): Promise<IngestReport> {
    const { demandTimezone } = await this.contracts.assertVisible(contractId);
    // The route's signed-in user; a process (the cli) acts as the system, which counts as client staff.
    const sender = senderOf(RequestContext.actor() ?? SYSTEM_ACTOR);
    const assumed = new AssumedZone(options.timezone ?? demandTimezone ?? 'UTC');
    const rejections = new Rejections();
    const client = new Client(pgClientConfig(this.settings, BULK_LIMITS, 'ingest'));
    client.on('error', () => undefined); // a failed ingest ends its connection; the failure is thrown where awaited
    await client.connect();
    try {
      const staging = await InteractionStaging.open(client);
      const rows = await this.stage(records, staging, rejections, onProgress, assumed);
      onProgress({ step: 'storing', rows, rejected: rejections.count });
      await staging.finish();
      await this.createPartitions(client, staging.stagedDays());
      await client.query('BEGIN');
      const stored = await this.store(client, contractId, staging, rejections, { sender, at: this.clock.now() });
      // The periods to measure again commit with the rows, so a crash right after loses no re-measurement.
      await this.remeasure.forDays(client, contractId, stored.touchedDays, INTERACTION_METRICS);
      await client.query('COMMIT');
      onProgress({ step: 'measuring', rows, rejected: rejections.count });
      const accepted = staging.count - stored.refused;
      // Tests switch this on to crash between the commit and the drain; the queued periods must survive it.
      const measured = failpointOn('skip-ingest-drain')
        ? { recorded: 0 }
        : await this.measurements.drainContract(contractId);
      return {
        accepted,
        replaced: stored.replaced,
        unchanged: accepted - stored.inserted - stored.replaced,
        rejected: rejections.sorted(),
        rejectedCount: rejections.count,
        measurementsRecorded: measured.recorded,
        ...(measured.position ? { position: measured.position } : {}),
        ...assumed.report,
      };
    } finally {
      await client.end();
    }
  }

  /** The months of the staged rows get their partitions first, each in a short transaction of its own. */
  private async createPartitions(client: Client, days: string[]): Promise<void> {
    if (days.length > 0) await createInteractionPartitions(client, new Date(days[0]), new Date(days[days.length - 1]));
  }

  /**
   * New interactions go in by one plain insert; otherwise ids repeated in the ingest are refused, so is a vendor's
   * row over client staff's record, and the rest upserted.
   */
  private async store(
    client: Client,
    contractId: string,
    staging: InteractionStaging,
    rejections: Rejections,
    submission: Submission,
  ): Promise<UpsertResult & { refused: number }> {
    await lockContract(client, contractId);
    if (await insertIfAllNew(client, contractId, submission)) {
      return { inserted: staging.count, replaced: 0, touchedDays: staging.stagedDays(), refused: 0 };
    }
    const duplicates = await removeDuplicates(client);
    for (const { row, externalId, firstRow } of duplicates) {
      rejections.add({ row, externalId, reason: `externalId is repeated (first on row ${firstRow})` });
    }
    const overClientRecords = replacesOnlyVendorRecords(submission.sender)
      ? await removeRowsOverClientRecords(client, contractId)
      : [];
    for (const { row, externalId } of overClientRecords) {
      rejections.add({ row, externalId, reason: protectedRecordReason(externalId) });
    }
    return {
      ...(await upsertStaged(client, contractId, submission)),
      refused: duplicates.length + overClientRecords.length,
    };
  }

  private async stage(
    records: AsyncIterable<SourceRecord[]>,
    staging: InteractionStaging,
    rejections: Rejections,
    onProgress: ProgressListener,
    assumed: AssumedZone,
  ): Promise<number> {
    let rows = 0;
    const window = createdAtWindow(this.clock.now());
    for await (const batch of records) {
      for (const source of batch) {
        if ('problem' in source) {
          rejections.add({ row: source.row, reason: source.problem });
          continue;
        }
        const result = validateInteraction(source.record, { zone: assumed.reader, window });
        if (result.ok) {
          staging.add(source.row, result.interaction);
          if (result.zoneless) assumed.rows++;
        } else {
          rejections.add({
            row: source.row,
            ...(result.externalId ? { externalId: result.externalId } : {}),
            reason: result.reason,
          });
        }
      }
      await staging.flushIfFull();
      const before = rows;
      if (batch.length > 0) rows = batch[batch.length - 1].row;
      if (Math.floor(rows / PROGRESS_EVERY) > Math.floor(before / PROGRESS_EVERY))
        onProgress({ step: 'reading', rows, rejected: rejections.count });
    }
    return rows;
  }
}
