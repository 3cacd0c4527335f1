import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Pool, QueryResultRow } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import { ConcurrencyError } from '../domain/domain-errors';
import { EventMetadata, RequestContext } from '../context/request-context';
import { queryRow, queryRows } from '../database/typed-query';
import { ProjectionRegistry } from '../projections/projection-registry';
import { AppendNotifier } from './append-notifier';
import { NewEvent, StoredEvent, WriteResult } from './stored-event';
import { UpcasterRegistry } from './upcasters';

const APPEND = `INSERT INTO events (stream_id, stream_type, stream_version, event_id, event_type, schema_version, data, metadata)
  SELECT $1, $2, $3 + e.ord, e.event_id, e.event_type, e.schema_version, e.data, $8
  FROM unnest($4::uuid[], $5::text[], $6::int[], $7::jsonb[])
       WITH ORDINALITY AS e(event_id, event_type, schema_version, data, ord)
  WHERE (SELECT coalesce(max(stream_version), 0) FROM events WHERE stream_id = $1) = $3
  ORDER BY e.ord`;

/** What an append answers: the positions, and what an inline projection needs of the stored events. */
const APPENDED = 'global_position::text, transaction_id::text, recorded_at';

/**
 * The append of a request under an `Idempotency-Key`: the write result is recorded with the key in the same
 * statement, so once the events are committed a retry is answered with it, whatever happens to the request after.
 */
const APPEND_RECORDING_WRITE = `WITH appended AS (${APPEND} RETURNING ${APPENDED}, stream_version, stream_id),
  recorded AS (
    UPDATE idempotency_keys SET appended = jsonb_build_object(
      'id', (SELECT min(stream_id::text) FROM appended),
      'version', (SELECT max(stream_version) FROM appended),
      'position', (SELECT max(global_position::bigint) FROM appended)::text)
    WHERE user_key = $9 AND idempotency_key = $10 AND EXISTS (SELECT 1 FROM appended)
  )
  SELECT global_position, transaction_id, recorded_at FROM appended`;

const UNIQUE_VIOLATION = '23505';

export interface EventFilter {
  streamId?: string;
  streamType?: string;
  type?: string;
  actorId?: string;
  from?: Date;
  to?: Date;
}

interface EventRow {
  global_position: string;
  stream_id: string;
  stream_type: string;
  stream_version: number;
  event_id: string;
  event_type: string;
  schema_version: number;
  data: unknown;
  metadata: EventMetadata;
  recorded_at: Date;
  transaction_id: string;
}

interface AppendedRow {
  global_position: string;
  transaction_id: string;
  recorded_at: Date;
}

const COLUMNS = `global_position, stream_id, stream_type, stream_version, event_id, event_type, schema_version,
  data, metadata, recorded_at, transaction_id`;

/**
 * The append-only event store on PostgreSQL. One append is one statement (one transaction, or part of the caller's
 * transaction when a manager is given) that writes only if the stream is still at the expected version.
 */
@Injectable()
export class EventStore {
  private readonly notifier: AppendNotifier;

  constructor(
    private readonly db: DataSource,
    readonly upcasters: UpcasterRegistry,
    private readonly registry: ProjectionRegistry,
  ) {
    this.notifier = new AppendNotifier(db);
  }

  /**
   * Appends at the expected version. The inline projections of the stream type apply the events in the same
   * transaction (one is opened when the caller gave none), so their read models never lag the events.
   */
  async append(
    stream: { id: string; type: string },
    expectedVersion: number,
    events: NewEvent[],
    options: { manager?: EntityManager } = {},
  ): Promise<WriteResult> {
    const runner = options.manager ?? this.db;
    if (events.length === 0) return this.unchanged(stream.id, expectedVersion, runner);
    const metadata = RequestContext.metadata();
    const data = events.map((e) => JSON.stringify(e.data));
    // Position, commit time and transaction are the database's: set once stored.
    const drafts = events.map((event, i): StoredEvent => ({
      position: '',
      streamId: stream.id,
      streamType: stream.type,
      version: expectedVersion + i + 1,
      eventId: randomUUID(),
      type: event.type,
      schemaVersion: event.schemaVersion,
      data: JSON.parse(data[i]) as unknown,
      metadata,
      recordedAt: '',
      transactionId: '',
    }));
    // Without an inline projection to apply, the append is one autocommit statement.
    const inline = this.registry
      .inlineFor(stream.type)
      .filter((projection) => !projection.concerns || drafts.some((event) => projection.concerns!(event)));
    if (inline.length > 0 && !options.manager) {
      return this.db.transaction((manager) => this.append(stream, expectedVersion, events, { manager }));
    }
    const claim = RequestContext.idempotency();
    const parameters = [
      stream.id,
      stream.type,
      expectedVersion,
      drafts.map((event) => event.eventId),
      events.map((e) => e.type),
      events.map((e) => e.schemaVersion),
      data,
      JSON.stringify(metadata),
    ];
    let rows: AppendedRow[];
    try {
      rows = claim
        ? await this.query<AppendedRow>(options.manager, 'append-events-idempotent', APPEND_RECORDING_WRITE, [
            ...parameters,
            claim.userKey,
            claim.key,
          ])
        : await this.query<AppendedRow>(
            options.manager,
            'append-events',
            `${APPEND} RETURNING ${APPENDED}`,
            parameters,
          );
    } catch (error) {
      // The caller's transaction is aborted by the violation, so the current version is read outside it.
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) {
        throw new ConcurrencyError(stream.id, expectedVersion, await this.streamVersion(stream.id));
      }
      throw error;
    }
    if (rows.length === 0) {
      throw new ConcurrencyError(stream.id, expectedVersion, await this.streamVersion(stream.id, runner));
    }
    if (inline.length > 0 && options.manager) {
      const stored = drafts.map((draft, i): StoredEvent => ({
        ...draft,
        position: rows[i].global_position,
        recordedAt: new Date(rows[i].recorded_at).toISOString(),
        transactionId: rows[i].transaction_id,
      }));
      for (const projection of inline) await projection.apply(stored, options.manager);
    }
    this.notifier.appended(options.manager?.queryRunner);
    const result = {
      id: stream.id,
      version: expectedVersion + events.length,
      position: rows
        .map((r) => BigInt(r.global_position))
        .reduce((a, b) => (a > b ? a : b))
        .toString(),
    };
    return result;
  }

  /** A write that changed nothing answers the position of the stream's event at that version, for `X-Min-Position`. */
  private async unchanged(streamId: string, version: number, runner: DataSource | EntityManager): Promise<WriteResult> {
    const row = await queryRow<{ position: string }>(
      runner,
      `SELECT global_position::text AS position FROM events WHERE stream_id = $1 AND stream_version = $2`,
      [streamId, version],
    );
    return { id: streamId, version, position: row?.position ?? '0' };
  }

  /**
   * Autocommit statements go straight to the driver's pool as a named prepared statement (parsed and planned once
   * per connection): the ORM's query runner and re-planning cost about a third of an append.
   */
  private async query<R>(
    manager: EntityManager | undefined,
    name: string,
    sql: string,
    parameters: unknown[],
  ): Promise<R[]> {
    if (manager) return queryRows<R>(manager, sql, parameters);
    return (await this.pool.query<QueryResultRow>({ name, text: sql, values: parameters })).rows as R[];
  }

  private get pool(): Pool {
    return (this.db.driver as unknown as { master: Pool }).master;
  }

  async streamVersion(streamId: string, runner: DataSource | EntityManager = this.db): Promise<number> {
    const [row] = await queryRows<{ version: number }>(
      runner,
      `SELECT coalesce(max(stream_version), 0)::int AS version FROM events WHERE stream_id = $1`,
      [streamId],
    );
    return row.version;
  }

  async readStream(
    streamId: string,
    fromVersion = 1,
    runner: DataSource | EntityManager = this.db,
  ): Promise<StoredEvent[]> {
    const rows = await queryRows<EventRow>(
      runner,
      `SELECT ${COLUMNS} FROM events WHERE stream_id = $1 AND stream_version >= $2 ORDER BY stream_version`,
      [streamId, fromVersion],
    );
    return rows.map((row) => this.toStoredEvent(row));
  }

  /**
   * An aggregate's load in one round trip: its snapshot of `snapshotSchemaVersion`, if any, and the events after it.
   * The snapshot rides on the first row only (a row of nulls when no event follows it).
   */
  async readStreamFromSnapshot(
    streamId: string,
    snapshotSchemaVersion: number,
    runner: DataSource | EntityManager = this.db,
  ): Promise<{ snapshot?: { version: number; state: object }; events: StoredEvent[] }> {
    const rows = await queryRows<
      Partial<EventRow> & { snapshot_version: number | null; snapshot_state: object | null }
    >(
      runner,
      `WITH snapshot AS (SELECT stream_version, state FROM snapshots WHERE stream_id = $1 AND schema_version = $2)
       SELECT s.stream_version AS snapshot_version,
              CASE WHEN row_number() OVER (ORDER BY e.stream_version) = 1 THEN s.state END AS snapshot_state, e.*
       FROM (SELECT 1) one
       LEFT JOIN snapshot s ON true
       LEFT JOIN LATERAL (SELECT ${COLUMNS} FROM events
                          WHERE stream_id = $1 AND stream_version > coalesce(s.stream_version, 0)) e ON true
       ORDER BY e.stream_version`,
      [streamId, snapshotSchemaVersion],
    );
    const [first] = rows;
    const snapshot =
      first?.snapshot_state != null ? { version: first.snapshot_version!, state: first.snapshot_state } : undefined;
    const events = rows.filter((row) => row.event_id != null).map((row) => this.toStoredEvent(row as EventRow));
    return { snapshot, events };
  }

  /** A page of events matching the filter, oldest first: the audit trail. */
  async find(
    filter: EventFilter,
    page: { limit: number; offset: number },
  ): Promise<{ items: StoredEvent[]; total: number }> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (filter.streamId) add('stream_id = ?', filter.streamId);
    if (filter.streamType) add('stream_type = ?', filter.streamType);
    if (filter.type) add('event_type = ?', filter.type);
    if (filter.actorId) add(`metadata->>'actorId' = ?`, filter.actorId);
    if (filter.from) add('recorded_at >= ?', filter.from);
    if (filter.to) add('recorded_at < ?', filter.to);
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ total }] = await queryRows<{ total: number }>(
      this.db,
      `SELECT count(*)::int AS total FROM events ${clause}`,
      params,
    );
    const rows = await queryRows<EventRow>(
      this.db,
      `SELECT ${COLUMNS} FROM events ${clause} ORDER BY global_position LIMIT ${page.limit} OFFSET ${page.offset}`,
      params,
    );
    return { items: rows.map((row) => this.toStoredEvent(row)), total };
  }

  /**
   * The next events in commit order after the checkpoint `(transactionId, position)`: only events of transactions
   * that are no longer in flight, so an event committed late by a concurrent writer is never skipped.
   */
  async readCommitted(
    after: { transactionId: string; position: string },
    limit: number,
    runner: DataSource | EntityManager = this.db,
  ): Promise<StoredEvent[]> {
    const rows = await queryRows<EventRow>(
      runner,
      `SELECT ${COLUMNS} FROM events
       WHERE (transaction_id, global_position) > ($1::xid8, $2::bigint)
         AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())
       ORDER BY transaction_id, global_position
       LIMIT ${limit}`,
      [after.transactionId, after.position],
    );
    return rows.map((row) => this.toStoredEvent(row));
  }

  /**
   * Like `readCommitted`, keeping only events at or after `fromPosition`: a consumer with its own cursor (a webhook)
   * that was sent back to a position with `commitOrderCursorAt`.
   */
  async readCommittedFrom(
    after: { transactionId: string; position: string },
    fromPosition: string,
    limit: number,
  ): Promise<StoredEvent[]> {
    const rows = await queryRows<EventRow>(
      this.db,
      `SELECT ${COLUMNS} FROM events
       WHERE (transaction_id, global_position) > ($1::xid8, $2::bigint)
         AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())
         AND global_position >= $3
       ORDER BY transaction_id, global_position
       LIMIT ${limit}`,
      [after.transactionId, after.position, fromPosition],
    );
    return rows.map((row) => this.toStoredEvent(row));
  }

  /** The last event in commit order of the transactions no longer in flight: what a cursor behind it has to read. */
  async lastCommitted(): Promise<{ transactionId: string; position: string } | undefined> {
    return queryRow<{ transactionId: string; position: string }>(
      this.db,
      `SELECT transaction_id::text AS "transactionId", global_position::text AS position FROM events
       WHERE transaction_id < pg_snapshot_xmin(pg_current_snapshot())
       ORDER BY transaction_id DESC, global_position DESC LIMIT 1`,
    );
  }

  /**
   * The commit-order cursor after which `readCommittedFrom(cursor, position)` reads exactly the events at or after
   * `position`: no committed event there has a smaller transaction id, and an event still in flight has one at
   * least `pg_snapshot_xmin`.
   */
  async commitOrderCursorAt(
    position: string,
    runner: DataSource | EntityManager = this.db,
  ): Promise<{ transactionId: string; position: string }> {
    const [row] = await queryRows<{ transactionId: string }>(
      runner,
      `SELECT least(min(transaction_id), pg_snapshot_xmin(pg_current_snapshot()))::text AS "transactionId"
       FROM events WHERE global_position >= $1`,
      [position],
    );
    return { transactionId: row.transactionId, position: (BigInt(position) - 1n).toString() };
  }

  /**
   * How many committed events each cursor has still to read (at or after its `fromPosition`), counted up to `cap`
   * so a consumer far behind costs a bounded read: a consumer's backlog.
   */
  async countCommittedAfter(
    cursors: readonly { transactionId: string; position: string; fromPosition: string }[],
    cap: number,
  ): Promise<number[]> {
    if (cursors.length === 0) return [];
    const rows = await queryRows<{ backlog: number }>(
      this.db,
      `SELECT (SELECT count(*)::int FROM (SELECT 1 FROM events
               WHERE (transaction_id, global_position) > (c.transaction_id::xid8, c.position::bigint)
                 AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())
                 AND global_position >= c.from_position::bigint
               LIMIT ${Math.floor(cap)}) AS behind) AS backlog
       FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS c(transaction_id, position, from_position, ord)
       ORDER BY c.ord`,
      [cursors.map((c) => c.transactionId), cursors.map((c) => c.position), cursors.map((c) => c.fromPosition)],
    );
    return rows.map((row) => row.backlog);
  }

  /** The global position of the last event of these streams, or undefined when they hold none. */
  async lastPositionOf(
    streamIds: readonly string[],
    runner: DataSource | EntityManager = this.db,
  ): Promise<string | undefined> {
    if (streamIds.length === 0) return undefined;
    const [row] = await queryRows<{ position: string | null }>(
      runner,
      `SELECT max(global_position)::text AS position FROM events WHERE stream_id = ANY($1)`,
      [streamIds],
    );
    return row?.position ?? undefined;
  }

  /** The events of these streams recorded until an instant, in position order: a read model as it stood then. */
  async readStreamsUntil(
    streamIds: readonly string[],
    until: Date,
    runner: DataSource | EntityManager = this.db,
  ): Promise<StoredEvent[]> {
    const rows: EventRow[] = await runner.query(
      `SELECT ${COLUMNS} FROM events WHERE stream_id = ANY($1) AND recorded_at <= $2 ORDER BY global_position`,
      [streamIds, until],
    );
    return rows.map((row) => this.toStoredEvent(row));
  }

  /** Every event of these stream types after `position`, in position order: the replay of an inline projection. */
  async readByStreamTypes(
    streamTypes: readonly string[],
    afterPosition: string,
    limit: number,
    runner: DataSource | EntityManager = this.db,
  ): Promise<StoredEvent[]> {
    const rows = await queryRows<EventRow>(
      runner,
      `SELECT ${COLUMNS} FROM events WHERE stream_type = ANY($1) AND global_position > $2
       ORDER BY global_position LIMIT ${limit}`,
      [streamTypes, afterPosition],
    );
    return rows.map((row) => this.toStoredEvent(row));
  }

  private toStoredEvent(row: EventRow): StoredEvent {
    const { schemaVersion, data } = this.upcasters.upcast(row.event_type, row.schema_version, row.data);
    return {
      position: String(row.global_position),
      streamId: row.stream_id,
      streamType: row.stream_type,
      version: row.stream_version,
      eventId: row.event_id,
      type: row.event_type,
      schemaVersion,
      data,
      metadata: row.metadata,
      recordedAt: new Date(row.recorded_at).toISOString(),
      transactionId: String(row.transaction_id),
    };
  }
}
