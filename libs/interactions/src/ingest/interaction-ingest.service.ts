import { Inject, Injectable } from '@nestjs/common';
import { BULK_LIMITS, Clock, DATABASE_SETTINGS, DatabaseSettings, pgClientConfig } from '@vendorwatch/event-store';
import { Client } from 'pg';
import { createdAtWindow, validateInteraction } from '../domain/interaction-validation';
import { ComputedSlaMeasurer } from '../measurement/computed-sla-measurer';
import { ContractGate } from '../ports/ingest-ports';
import { InteractionStaging } from '../storage/interaction-staging';
import { insertIfAllNew, removeDuplicates, UpsertResult, upsertStaged } from '../storage/staged-interactions';
import { IngestProgress, IngestReport, Rejections } from './ingest-report';
import { SourceRecord } from './source-record';

const PROGRESS_EVERY = 10_000;

type ProgressListener = (progress: IngestProgress) => void;

/**
 * The one ingest path of the HTTP route and the CLI: records stream through validation into a session's staging
 * table, then one set-based write in one short transaction (a body found malformed half-way stores nothing);
 * then the touched periods of the contract's computed SLAs are re-measured.
 */
@Injectable()
export class InteractionIngest {
  constructor(
    @Inject(DATABASE_SETTINGS) private readonly settings: DatabaseSettings,
    private readonly contracts: ContractGate,
    private readonly measurer: ComputedSlaMeasurer,
    private readonly clock: Clock,
  ) {}

  async ingest(
    contractId: string,
    records: AsyncIterable<SourceRecord[]>,
    onProgress: ProgressListener = () => undefined,
  ): Promise<IngestReport> {
    await this.contracts.assertVisible(contractId);
    const rejections = new Rejections();
    const client = new Client(pgClientConfig(this.settings, BULK_LIMITS, 'ingest'));
    client.on('error', () => undefined); // a failed ingest ends its connection; the failure is thrown where awaited
    await client.connect();
    try {
      const staging = await InteractionStaging.open(client);
      const rows = await this.stage(records, staging, rejections, onProgress);
      await staging.finish();
      await client.query('BEGIN');
      // Two ingests of one contract upsert overlapping rows in different orders and would deadlock: one at a time.
      await client.query(`SELECT pg_advisory_xact_lock(hashtext('interactions'), hashtext($1))`, [contractId]);
      const stored = await this.store(client, contractId, staging, rejections);
      await client.query('COMMIT');
      onProgress({ rows, rejected: rejections.count });
      const accepted = staging.count - stored.duplicates;
      const measured = await this.measurer.remeasureDays(contractId, stored.touchedDays);
      return {
        accepted,
        replaced: stored.replaced,
        unchanged: accepted - stored.inserted - stored.replaced,
        rejected: rejections.sorted(),
        rejectedCount: rejections.count,
        measurementsRecorded: measured.recorded,
        ...(measured.position ? { position: measured.position } : {}),
      };
    } finally {
      await client.end();
    }
  }

  /** New interactions go in by one plain insert; otherwise ids repeated in the ingest are refused and the rest upserted. */
  private async store(
    client: Client,
    contractId: string,
    staging: InteractionStaging,
    rejections: Rejections,
  ): Promise<UpsertResult & { duplicates: number }> {
    if (await insertIfAllNew(client, contractId)) {
      return { inserted: staging.count, replaced: 0, touchedDays: staging.stagedDays(), duplicates: 0 };
    }
    const duplicates = await removeDuplicates(client);
    for (const { row, externalId, firstRow } of duplicates) {
      rejections.add({ row, externalId, reason: `externalId is repeated (first on row ${firstRow})` });
    }
    return { ...(await upsertStaged(client, contractId)), duplicates: duplicates.length };
  }

  private async stage(
    records: AsyncIterable<SourceRecord[]>,
    staging: InteractionStaging,
    rejections: Rejections,
    onProgress: ProgressListener,
  ): Promise<number> {
    let rows = 0;
    const window = createdAtWindow(this.clock.now());
    for await (const batch of records) {
      for (const source of batch) {
        if ('problem' in source) {
          rejections.add({ row: source.row, reason: source.problem });
          continue;
        }
        const result = validateInteraction(source.record, window);
        if (result.ok) {
          staging.add(source.row, result.interaction);
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
        onProgress({ rows, rejected: rejections.count });
    }
    return rows;
  }
}
