import { Injectable } from '@nestjs/common';
import { Checkpoint, queryRows } from '@vendorwatch/event-store';
import { DataSource, EntityManager } from 'typeorm';
import { WebhookAudience } from './event-audience';

/** A webhook claimed for delivery: what it subscribed to, where it stands, and the claim's generation. */
export interface DeliveryTarget extends WebhookAudience {
  url: string;
  secret: string;
  cursor: Checkpoint;
  fromPosition: string;
  generation: number;
  attempts: number;
  failingSince: Date | null;
  /** The process holding the lease. */
  leasedBy: string;
}

export interface AttemptRecord {
  eventId: string;
  eventType: string;
  position: string;
  attempt: number;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  attemptedAt: Date;
}

export interface RetrySchedule {
  attempts: number;
  nextAttemptAt: Date;
  failingSince: Date;
}

/** Longer than one attempt (10 s) plus a progress write: a live dispatcher renews it well before it runs out. */
const LEASE = `interval '60 seconds'`;

/**
 * Each webhook's delivery state (ADR 0010): its commit-order cursor, retry schedule, signing secret and lease,
 * and the log of attempts. Commands change the cursor in their append's transaction and bump the generation, so
 * a delivery run that claimed an older generation can no longer move it.
 */
@Injectable()
export class WebhookCursors {
  constructor(private readonly db: DataSource) {}

  /** A new webhook starts after its own registration: it receives the events recorded after its creation. */
  async open(manager: EntityManager, webhookId: string, secret: string, position: string): Promise<void> {
    await manager.query(
      `INSERT INTO webhook_cursors (webhook_id, secret, transaction_id, global_position)
       VALUES ($1, $2, pg_current_xact_id(), $3)`,
      [webhookId, secret, position],
    );
  }

  /** Sends the cursor back so deliveries start again at `fromPosition` (inclusive). */
  async rewind(manager: EntityManager, webhookId: string, cursor: Checkpoint, fromPosition: string): Promise<void> {
    await manager.query(
      `UPDATE webhook_cursors SET transaction_id = $2::xid8, global_position = $3, from_position = $4,
         generation = generation + 1, attempts = 0, next_attempt_at = NULL, failing_since = NULL
       WHERE webhook_id = $1`,
      [webhookId, cursor.transactionId, cursor.position, fromPosition],
    );
  }

  /** Ends the retry schedule and any run in progress; the cursor stays at the first event not delivered. */
  async restart(manager: EntityManager, webhookId: string): Promise<void> {
    await manager.query(
      `UPDATE webhook_cursors SET generation = generation + 1, attempts = 0, next_attempt_at = NULL,
         failing_since = NULL WHERE webhook_id = $1`,
      [webhookId],
    );
  }

  async anyEnabled(): Promise<boolean> {
    const [row] = await queryRows<{ any: boolean }>(
      this.db,
      `SELECT EXISTS (SELECT 1 FROM webhook_cursors c JOIN webhooks w ON w.id = c.webhook_id WHERE w.status = 'enabled') AS any`,
    );
    return row.any;
  }

  /** Leases up to `limit` enabled webhooks that are due, behind `head`, and that no live run holds. */
  async claimDue(
    owner: string,
    now: Date,
    head: Checkpoint,
    running: string[],
    limit: number,
  ): Promise<DeliveryTarget[]> {
    const rows = await queryRows<DeliveryTarget & { cursorTransactionId: string; cursorPosition: string }>(
      this.db,
      `WITH claimed AS (UPDATE webhook_cursors c SET leased_by = $1, leased_until = now() + ${LEASE}
       FROM webhooks w
       WHERE w.id = c.webhook_id AND c.webhook_id IN (
         SELECT d.webhook_id FROM webhook_cursors d JOIN webhooks e ON e.id = d.webhook_id
         WHERE e.status = 'enabled' AND (d.next_attempt_at IS NULL OR d.next_attempt_at <= $2)
           AND (d.leased_until IS NULL OR d.leased_until < now()) AND NOT d.webhook_id = ANY($3::text[])
           AND (d.transaction_id, d.global_position) < ($5::xid8, $6::bigint)
         ORDER BY d.next_attempt_at NULLS FIRST LIMIT $4 FOR UPDATE OF d SKIP LOCKED)
       RETURNING w.id, w.url, w.event_types AS "eventTypes", w.contract_ids AS "contractIds",
         w.vendor_id AS "vendorId", c.secret, c.transaction_id::text AS "cursorTransactionId",
         c.global_position::text AS "cursorPosition", c.from_position::text AS "fromPosition", c.generation,
         c.attempts, c.failing_since AS "failingSince", c.leased_by AS "leasedBy")
       SELECT * FROM claimed`,
      [owner, now, running, limit, head.transactionId, head.position],
    );
    return rows.map(({ cursorTransactionId, cursorPosition, ...target }) => ({
      ...target,
      cursor: { transactionId: cursorTransactionId, position: cursorPosition },
    }));
  }

  /**
   * Records delivered attempts and moves the cursor past them, renewing the lease (or releasing it when `release`).
   * False when a command changed the webhook since the claim: the run stops and its progress is dropped.
   */
  async advance(target: DeliveryTarget, cursor: Checkpoint, attempts: AttemptRecord[], release: boolean) {
    return this.write(target, cursor, attempts, release ? 'release' : 'renew');
  }

  /** Records the failed attempt (after the delivered ones), keeps the cursor before it and schedules the retry. */
  async fail(target: DeliveryTarget, cursor: Checkpoint, attempts: AttemptRecord[], retry: RetrySchedule) {
    return this.write(target, cursor, attempts, retry);
  }

  private async write(
    target: DeliveryTarget,
    cursor: Checkpoint,
    attempts: AttemptRecord[],
    then: 'renew' | 'release' | RetrySchedule,
  ): Promise<boolean> {
    const retry = typeof then === 'object' ? then : undefined;
    return this.db.transaction(async (manager) => {
      const updated = await queryRows<{ webhook_id: string }>(
        manager,
        `WITH moved AS (UPDATE webhook_cursors SET transaction_id = $3::xid8, global_position = $4,
           attempts = $5, next_attempt_at = $6, failing_since = $7,
           leased_until = CASE WHEN $8 THEN now() + ${LEASE} END, leased_by = CASE WHEN $8 THEN leased_by END
         WHERE webhook_id = $1 AND generation = $2 RETURNING webhook_id)
         SELECT webhook_id FROM moved`,
        [
          target.id,
          target.generation,
          cursor.transactionId,
          cursor.position,
          retry?.attempts ?? 0,
          retry?.nextAttemptAt ?? null,
          retry?.failingSince ?? null,
          then === 'renew',
        ],
      );
      if (updated.length === 0) {
        await manager.query(
          `UPDATE webhook_cursors SET leased_by = NULL, leased_until = NULL WHERE webhook_id = $1 AND leased_by = $2`,
          [target.id, target.leasedBy],
        );
        return false;
      }
      if (attempts.length > 0) await this.log(manager, target.id, attempts);
      return true;
    });
  }

  private async log(manager: EntityManager, webhookId: string, attempts: AttemptRecord[]): Promise<void> {
    const column = <K extends keyof AttemptRecord>(key: K) => attempts.map((a) => a[key]);
    await manager.query(
      `INSERT INTO webhook_attempts (webhook_id, event_id, event_type, event_position, attempt, status_code, error,
         duration_ms, attempted_at)
       SELECT $1, * FROM unnest($2::uuid[], $3::text[], $4::bigint[], $5::int[], $6::int[], $7::text[], $8::int[],
         $9::timestamptz[])`,
      [
        webhookId,
        column('eventId'),
        column('eventType'),
        column('position'),
        column('attempt'),
        column('statusCode'),
        column('error'),
        column('durationMs'),
        column('attemptedAt'),
      ],
    );
  }
}
