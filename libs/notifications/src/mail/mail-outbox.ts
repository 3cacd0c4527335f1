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

export type MailOutcome = { sent: true; recipients: string[] } | { sent: false; recipients: string[]; reason: string };

/** Records an outcome in the producing context; it runs in the delivery's transaction, so it is recorded once. */
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
      `SELECT id, key, topic, reference, recipients, subject, body, context, attempts FROM mail_outbox
       WHERE status = 'pending' AND next_attempt_at <= $1
       ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED`,
      [now],
    );
    return row && { ...row, text: row.body };
  }

  async report(mail: QueuedMail, outcome: MailOutcome, manager: EntityManager): Promise<void> {
    const handler = this.handlers.get(mail.topic);
    if (!handler) throw new Error(`No outcome handler for mail topic ${mail.topic}.`);
    await handler(mail, outcome, manager);
  }

  async finish(manager: EntityManager, mail: QueuedMail, status: FinalStatus, at: Date, error?: string): Promise<void> {
    await manager.query(
      `UPDATE mail_outbox SET status = $2, attempts = $3, finished_at = $4, last_error = coalesce($5, last_error)
       WHERE id = $1`,
      [mail.id, status, mail.attempts + (status === 'not_sent' ? 0 : 1), at, error ?? null],
    );
  }

  /** Keeps only `recipients` (the resolved addresses), so a later attempt reports nobody twice. */
  async retryLater(
    manager: EntityManager,
    mail: QueuedMail,
    recipients: string[],
    at: Date,
    error: string,
  ): Promise<void> {
    await manager.query(
      `UPDATE mail_outbox SET attempts = attempts + 1, next_attempt_at = $2, last_error = $3, recipients = $4
       WHERE id = $1`,
      [mail.id, at, error, recipients],
    );
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
