import { Injectable } from '@nestjs/common';
import { queryRow } from '@vendorwatch/event-store';
import { DataSource, EntityManager } from 'typeorm';

/** A message a context decided to send, written in the transaction that decided it. */
export interface OutgoingMail {
  /** Unique per decision (e.g. the deciding event's id): enqueuing the same decision again adds nothing. */
  key: string;
  /** Whose outcome handler hears how the delivery ended. */
  topic: string;
  /** What the message is about, handed back with the outcome (e.g. an escalation's id). */
  reference: string;
  /** Email addresses, or `user:<userId>` for that user's address at delivery. */
  recipients: string[];
  subject: string;
  text: string;
  /** Small facts handed back with the outcome (e.g. the level reached). */
  context: Record<string, string | number>;
}

export interface QueuedMail extends OutgoingMail {
  id: string;
  attempts: number;
}

export interface FinishedMail extends QueuedMail {
  outcomes: MailOutcome[];
}

export type MailOutcome = { sent: true; recipients: string[] } | { sent: false; recipients: string[]; reason: string };

/** Records an outcome in the producing context, in the transaction that marks it reported: it is recorded once. */
export type MailOutcomeHandler = (mail: QueuedMail, outcome: MailOutcome, manager: EntityManager) => Promise<void>;

export type FinalStatus = 'sent' | 'failed' | 'not_sent';

interface OutboxRow {
  id: string;
  key: string;
  topic: string;
  reference: string;
  recipients: string[];
  subject: string;
  body: string;
  context: Record<string, string | number>;
  attempts: number;
}

const COLUMNS = 'id, key, topic, reference, recipients, subject, body, context, attempts';

function toMail({ body, ...row }: OutboxRow): QueuedMail {
  return { ...row, text: body };
}

/** The `mail_outbox` table: pending messages, and the delivery log of those that are done. */
@Injectable()
export class MailOutbox {
  private readonly handlers = new Map<string, MailOutcomeHandler>();

  constructor(private readonly db: DataSource) {}

  /** The producing context says how it records the outcomes of its `topic` (at module init). */
  onOutcome(topic: string, handler: MailOutcomeHandler): void {
    this.handlers.set(topic, handler);
  }

  async enqueue(manager: EntityManager, mail: OutgoingMail, notBefore: Date): Promise<void> {
    const { key, topic, reference, recipients, subject, text, context } = mail;
    await manager.query(
      `INSERT INTO mail_outbox (key, topic, reference, recipients, subject, body, context, next_attempt_at, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) ON CONFLICT (key) DO NOTHING`,
      [key, topic, reference, recipients, subject, text, JSON.stringify(context), notBefore],
    );
  }

  /** The oldest message due at `now`, locked until `manager`'s transaction ends; others skip it. */
  async claimDue(manager: EntityManager, now: Date): Promise<QueuedMail | undefined> {
    const row = await queryRow<OutboxRow>(
      manager,
      `SELECT ${COLUMNS} FROM mail_outbox WHERE status = 'pending' AND next_attempt_at <= $1
       ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED`,
      [now],
    );
    return row && toMail(row);
  }

  /** Ends a message's delivery with the outcomes its producer is to hear (reported apart, by `reportNext`). */
  async finish(
    manager: EntityManager,
    mail: QueuedMail,
    done: { status: FinalStatus; outcomes: MailOutcome[]; attempted: boolean; error?: string },
    at: Date,
  ): Promise<void> {
    await manager.query(
      `UPDATE mail_outbox SET status = $2, attempts = attempts + $3, outcomes = outcomes || $4::jsonb,
         finished_at = $5, last_error = coalesce($6, last_error)
       WHERE id = $1`,
      [mail.id, done.status, done.attempted ? 1 : 0, JSON.stringify(done.outcomes), at, done.error ?? null],
    );
  }

  /**
   * Keeps only `recipients` (the resolved addresses) for the next attempt at `at`; `outcomes` (recipients that
   * resolved to nobody) wait to be reported with the rest.
   */
  async retryLater(
    manager: EntityManager,
    mail: QueuedMail,
    next: { recipients: string[]; outcomes: MailOutcome[]; error: string },
    at: Date,
  ): Promise<void> {
    await manager.query(
      `UPDATE mail_outbox SET attempts = attempts + 1, next_attempt_at = $2, last_error = $3, recipients = $4,
         outcomes = outcomes || $5::jsonb
       WHERE id = $1`,
      [mail.id, at, next.error, next.recipients, JSON.stringify(next.outcomes)],
    );
  }

  /** The next finished message after `afterId` whose outcomes its producer has not heard yet, locked. */
  async claimUnreported(manager: EntityManager, afterId: string): Promise<FinishedMail | undefined> {
    const row = await queryRow<OutboxRow & { outcomes: MailOutcome[] }>(
      manager,
      `SELECT ${COLUMNS}, outcomes FROM mail_outbox
       WHERE status <> 'pending' AND reported_at IS NULL AND id > $1
       ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED`,
      [afterId],
    );
    return row && { ...toMail(row), outcomes: row.outcomes };
  }

  /**
   * Hands a finished message's outcomes to its topic's handler and marks them reported, in one transaction.
   * Reporting apart from sending means a handler that fails (a version race on the producer's stream) is retried
   * on its own, and never makes the message go out again.
   */
  async report(manager: EntityManager, mail: FinishedMail, at: Date): Promise<void> {
    const handler = this.handlers.get(mail.topic);
    if (!handler) throw new Error(`No outcome handler for mail topic ${mail.topic}.`);
    for (const outcome of mail.outcomes) await handler(mail, outcome, manager);
    await manager.query(`UPDATE mail_outbox SET reported_at = $2 WHERE id = $1`, [mail.id, at]);
  }

  /** Messages not delivered yet, for `GET /health`. */
  async depth(): Promise<number> {
    const row = await queryRow<{ depth: number }>(
      this.db,
      `SELECT count(*)::int AS depth FROM mail_outbox WHERE status = 'pending'`,
    );
    return row?.depth ?? 0;
  }
}
