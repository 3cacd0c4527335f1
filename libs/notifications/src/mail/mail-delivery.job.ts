import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { Clock, Job, ScheduledJob } from '@vendorwatch/event-store';
import { DataSource, EntityManager } from 'typeorm';
import { MailOutbox, QueuedMail } from './mail-outbox';
import { MailRecipients } from './mail-recipients';
import { MailTransport } from './mail-transport';
import { retryDelayAfter } from './retry-schedule';

const BATCH = 50;
const NOT_CONFIGURED = 'SMTP_URL is not set: the message was logged, not sent.';

/**
 * Delivers the mail outbox at least once: each message in its own transaction, which also records the outcome
 * in the producing context, so a crash after sending can only send again, never lose the outcome. A failed
 * attempt waits longer each time (retry-schedule), then the outbox gives up and reports the failure.
 */
@Injectable()
@Job()
export class MailDeliveryJob implements ScheduledJob, OnModuleDestroy {
  readonly name = 'mail-delivery';
  readonly intervalMs = 5_000;
  private readonly logger = new Logger(MailDeliveryJob.name);
  private pass: Promise<void> | undefined;

  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly outbox: MailOutbox,
    private readonly recipients: MailRecipients,
    private readonly transport: MailTransport,
  ) {}

  /** Starts a pass in the background: a slow mail server never holds up the projections of this worker. */
  run(): Promise<void> {
    this.pass ??= this.deliverDue()
      .then(() => undefined)
      .catch((error: Error) => this.logger.error(`Mail delivery failed: ${error.message}`))
      .finally(() => (this.pass = undefined));
    return Promise.resolve();
  }

  async onModuleDestroy(): Promise<void> {
    await this.pass;
  }

  /** Delivers the messages due now; answers how many it handled. */
  async deliverDue(): Promise<number> {
    let handled = 0;
    while (handled < BATCH && (await this.db.transaction((manager) => this.deliverOne(manager)))) handled++;
    return handled;
  }

  private async deliverOne(manager: EntityManager): Promise<boolean> {
    const now = this.clock.now();
    const mail = await this.outbox.claimDue(manager, now);
    if (!mail) return false;
    const { addresses, unknown } = await this.recipients.resolve(mail.recipients);
    if (unknown.length > 0) {
      const reason = 'No active user has this id.';
      await this.outbox.report(mail, { sent: false, recipients: unknown, reason }, manager);
    }
    if (addresses.length === 0) {
      await this.outbox.finish(manager, mail, 'not_sent', now, 'No recipient has an address.');
    } else if (!this.transport.configured) {
      this.logger.warn(`${NOT_CONFIGURED}\nTo: ${addresses.join(', ')}\nSubject: ${mail.subject}\n\n${mail.text}`);
      await this.outbox.report(mail, { sent: false, recipients: addresses, reason: NOT_CONFIGURED }, manager);
      await this.outbox.finish(manager, mail, 'not_sent', now, NOT_CONFIGURED);
    } else {
      await this.attempt(mail, addresses, manager, now);
    }
    return true;
  }

  private async attempt(mail: QueuedMail, addresses: string[], manager: EntityManager, now: Date): Promise<void> {
    try {
      await this.transport.send({ to: addresses, subject: mail.subject, text: mail.text });
    } catch (error) {
      const message = (error as Error).message.slice(0, 1000);
      const delay = retryDelayAfter(mail.attempts + 1);
      if (delay !== undefined) {
        this.logger.warn(`Mail ${mail.key} not delivered (attempt ${mail.attempts + 1}), retrying: ${message}`);
        return this.outbox.retryLater(manager, mail, addresses, new Date(now.getTime() + delay), message);
      }
      const reason = `Not delivered after ${mail.attempts + 1} attempts: ${message}`;
      await this.outbox.report(mail, { sent: false, recipients: addresses, reason }, manager);
      return this.outbox.finish(manager, mail, 'failed', now, message);
    }
    await this.outbox.report(mail, { sent: true, recipients: addresses }, manager);
    await this.outbox.finish(manager, mail, 'sent', now);
  }
}
