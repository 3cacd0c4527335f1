import { Injectable } from '@nestjs/common';
import { EventStore, queryRows } from '@vendorwatch/event-store';
import { DataSource } from 'typeorm';

/** Health answers within seconds however far behind a webhook is (a disabled one never catches up). */
const BACKLOG_COUNTED_UP_TO = 100_000;

/** What GET /health shows of one webhook. */
export interface WebhookBacklog {
  id: string;
  status: 'enabled' | 'disabled';
  /**
   * Committed events after its cursor that it has still to deliver or pass over (its filter decides which), counted
   * up to 100,000.
   */
  backlog: number;
  /** Failed attempts in a row at the event it is stuck on (0: none). */
  failedAttempts: number;
  nextAttemptAt: string | null;
}

/** Each webhook's backlog, for GET /health: a receiver that is down shows up here as a growing number. */
@Injectable()
export class WebhookBacklogs {
  constructor(
    private readonly db: DataSource,
    private readonly store: EventStore,
  ) {}

  async all(): Promise<WebhookBacklog[]> {
    const rows = await queryRows<{
      id: string;
      status: WebhookBacklog['status'];
      transactionId: string;
      position: string;
      fromPosition: string;
      attempts: number;
      nextAttemptAt: Date | null;
    }>(
      this.db,
      `SELECT w.id, w.status, c.transaction_id::text AS "transactionId", c.global_position::text AS position,
         c.from_position::text AS "fromPosition", c.attempts, c.next_attempt_at AS "nextAttemptAt"
       FROM webhooks w JOIN webhook_cursors c ON c.webhook_id = w.id
       WHERE w.status <> 'deleted' ORDER BY w.registered_at, w.id`,
    );
    const backlogs = await this.store.countCommittedAfter(rows, BACKLOG_COUNTED_UP_TO);
    return rows.map((row, i) => ({
      id: row.id,
      status: row.status,
      backlog: backlogs[i],
      failedAttempts: row.attempts,
      nextAttemptAt: row.nextAttemptAt?.toISOString() ?? null,
    }));
  }
}
