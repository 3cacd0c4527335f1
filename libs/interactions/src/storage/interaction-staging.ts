import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Writable } from 'node:stream';
import { once } from 'node:events';
import { STAGING_COLUMNS } from './copy-line';

const FLUSH_BYTES = 256 * 1024;

/**
 * The temporary table one ingest is copied into (PostgreSQL COPY, no per-row statement); it lives only as long as
 * the ingest's transaction. Lines are batched into large writes and the stream's back-pressure is respected.
 */
export class InteractionStaging {
  private buffer: string[] = [];
  private bufferedBytes = 0;

  private constructor(private readonly copy: Writable) {
    copy.on('error', () => undefined); // surfaces through the awaited write/finish; an aborted ingest discards it
  }

  static async open(client: Client): Promise<InteractionStaging> {
    // Sorting and hashing a million staged rows stays in memory instead of spilling to disk.
    await client.query(`SET LOCAL work_mem = '128MB'`);
    await client.query(`SET LOCAL temp_buffers = '128MB'`);
    await client.query(`
      CREATE TEMPORARY TABLE interaction_staging (
        row integer NOT NULL,
        external_id text NOT NULL,
        channel text NOT NULL,
        priority text,
        customer_ref text,
        agent_ref text,
        created_ms bigint NOT NULL,
        first_response_ms bigint,
        resolved_ms bigint,
        reopened boolean,
        csat smallint,
        abandoned boolean
      ) ON COMMIT DROP`);
    return new InteractionStaging(client.query(copyFrom(`COPY interaction_staging (${STAGING_COLUMNS}) FROM STDIN`)));
  }

  add(line: string): void {
    this.buffer.push(line);
    this.bufferedBytes += line.length;
  }

  /** Sends what was added once enough has piled up, waiting while PostgreSQL catches up. */
  async flushIfFull(): Promise<void> {
    if (this.bufferedBytes >= FLUSH_BYTES) await this.flush();
  }

  async finish(): Promise<void> {
    await this.flush();
    const finished = once(this.copy, 'finish');
    this.copy.end();
    await finished;
  }

  private async flush(): Promise<void> {
    if (this.buffer.length === 0) return;
    const ready = this.copy.write(this.buffer.join(''));
    this.buffer = [];
    this.bufferedBytes = 0;
    if (!ready) await once(this.copy, 'drain');
  }
}
