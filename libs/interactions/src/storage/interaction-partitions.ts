import { Injectable } from '@nestjs/common';
import { Clock, Job, ScheduledJob } from '@vendorwatch/event-store';
import { DataSource } from 'typeorm';

/** Months kept ready ahead of the clock, so the ingests of the coming months create nothing. */
export const MONTHS_AHEAD = 3;

interface SqlRunner {
  query(sql: string, parameters: unknown[]): Promise<unknown>;
}

/**
 * Creates the missing monthly partitions of `interactions` from the month of `first` to that of `last` (ADR 0015),
 * in the caller's own short transaction: an ingest calls it for its rows' months before it stores them.
 */
export async function createInteractionPartitions(db: SqlRunner, first: Date, last: Date): Promise<void> {
  await db.query(`SELECT create_interaction_partitions($1, $2)`, [first.toISOString(), last.toISOString()]);
}

/** The worker creates the partitions of this month and the next ones ahead of the ingests. */
@Injectable()
@Job()
export class InteractionPartitionsJob implements ScheduledJob {
  readonly name = 'interaction-partitions';
  readonly intervalMs = 60 * 60 * 1000;

  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async run(): Promise<void> {
    const now = this.clock.now();
    const ahead = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + MONTHS_AHEAD, 1));
    await createInteractionPartitions(this.db, now, ahead);
  }
}
