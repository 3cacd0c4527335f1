import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { once } from 'node:events';
import { Interaction } from '../domain/interaction';
import { STAGING_COLUMNS, toCopyLine } from './copy-line';

const FLUSH_BYTES = 512 * 1024;
const DAY_MS = 86_400_000;

/**
 * The session's temporary table one ingest is copied into (PostgreSQL COPY, no per-row statement). Lines are
 * buffered and each full buffer is sent as its own short COPY, so no transaction stays open while the client is
 * still uploading: a long-open writing transaction would hold back every projection (they read only below the
 * oldest running transaction id).
 */
export class InteractionStaging {
  private buffer: string[] = [];
  private bufferedBytes = 0;
  private sending: Promise<void> = Promise.resolve();
  private readonly days = new Set<number>();
  private added = 0;

  private constructor(private readonly client: Client) {}

  static async open(client: Client): Promise<InteractionStaging> {
    // Sorting and hashing a million staged rows stays in memory instead of spilling to disk.
    await client.query(`SET work_mem = '128MB'`);
    await client.query(`SET temp_buffers = '128MB'`);
    await client.query(`
      CREATE TEMPORARY TABLE interaction_staging (
        row integer NOT NULL,
        external_id text COLLATE "C" NOT NULL,
        channel text NOT NULL,
        priority text,
        customer_ref text,
        agent_ref text,
        created_ms bigint NOT NULL,
        first_response_ms bigint,
        resolved_ms bigint,
        reopened boolean,
        csat smallint,
        abandoned boolean,
        paused_minutes numeric
      )`);
    return new InteractionStaging(client);
  }

  add(row: number, interaction: Interaction): void {
    const line = toCopyLine(row, interaction);
    this.buffer.push(line);
    this.bufferedBytes += line.length;
    this.added++;
    this.days.add(Math.floor(interaction.createdAt.getTime() / DAY_MS));
  }

  /** Rows added. */
  get count(): number {
    return this.added;
  }

  /** The UTC days (`YYYY-MM-DD`) the staged interactions were created on. */
  stagedDays(): string[] {
    return [...this.days].sort((a, b) => a - b).map((day) => new Date(day * DAY_MS).toISOString().slice(0, 10));
  }

  /** Sends what was added once enough has piled up; the COPY runs while the caller reads on (one at a time). */
  async flushIfFull(): Promise<void> {
    if (this.bufferedBytes < FLUSH_BYTES) return;
    await this.sending;
    this.sending = this.send();
    this.sending.catch(() => undefined); // awaited before the next send or in finish; this only keeps it handled
  }

  /** Sends the rest and waits until everything is in the table. */
  async finish(): Promise<void> {
    await this.sending;
    await this.send();
  }

  private async send(): Promise<void> {
    if (this.buffer.length === 0) return;
    const copy = this.client.query(copyFrom(`COPY interaction_staging (${STAGING_COLUMNS}) FROM STDIN`));
    const finished = once(copy, 'finish');
    copy.end(this.buffer.join(''));
    this.buffer = [];
    this.bufferedBytes = 0;
    await finished;
  }
}
