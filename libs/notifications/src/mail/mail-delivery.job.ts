import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { Clock, Job, ScheduledJob } from '@vendorwatch/event-store';
import { DataSource, EntityManager } from 'typeorm';
import { MailOutbox, MailOutcome, QueuedMail } from './mail-outbox';
import { MailRecipients } from './mail-recipients';
import { MailTransport } from './mail-transport';
import { retryDelayAfter } from './retry-schedule';

const BATCH = 50;
const REPORT_ATTEMPTS = 3;
const NOT_CONFIGURED = 'SMTP_URL is not set: the message was logged, not sent.';

/**
 * Delivers the mail outbox at least once: each message in its own transaction, which marks it with its outcomes,
 * so a crash after sending can only send again. The outcomes are then reported to the producing context apart.
 * A failed attempt waits longer each time (retry-schedule), then the outbox gives up and reports the failure.
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

  /** Delivers the messages due now, then reports the outcomes not reported yet; answers how many it sent or tried. */
  async deliverDue(): Promise<number> {
    let handled = 0;
    while (handled < BATCH && (await this.db.transaction((manager) => this.deliverOne(manager)))) handled++;
    await this.reportOutcomes();
    return handled;
  }

  private async deliverOne(manager: EntityManager): Promise<boolean> {
    const now = this.clock.now();
    const mail = await this.outbox.claimDue(manager, now);
    if (!mail) return false;
    const { addresses, unknown } = await this.recipients.resolve(mail.recipients);
    const nobody: MailOutcome[] = unknown.length
      ? [{ sent: false, recipients: unknown, reason: 'No active user has this id.' }]
      : [];
    if (addresses.length === 0) {
      await this.outbox.finish(manager, mail, { status: 'not_sent', outcomes: nobody, attempted: false }, now);
    } else if (!this.transport.configured) {
      this.logger.warn(`${NOT_CONFIGURED}\nTo: ${addresses.join(', ')}\nSubject: ${mail.subject}\n\n${mail.text}`);
      const outcomes = [...nobody, { sent: false as const, recipients: addresses, reason: NOT_CONFIGURED }];
      await this.outbox.finish(manager, mail, { status: 'not_sent', outcomes, attempted: false }, now);
    } else {
      await this.attempt(mail, addresses, nobody, manager, now);
    }
    return true;
  }

  private async attempt(
    mail: QueuedMail,
    addresses: string[],
    nobody: MailOutcome[],
    manager: EntityManager,
    now: Date,
  ): Promise<void> {
    let refused: string[];
    try {
      ({ refused } = await this.transport.send({ to: addresses, subject: mail.subject, text: mail.text }));
    } catch (error) {
      const message = (error as Error).message.slice(0, 1000);
      const delay = retryDelayAfter(mail.attempts + 1);
      if (delay !== undefined) {
        this.logger.warn(`Mail ${mail.key} not delivered (attempt ${mail.attempts + 1}), retrying: ${message}`);
        const next = { recipients: addresses, outcomes: nobody, error: message };
        return this.outbox.retryLater(manager, mail, next, new Date(now.getTime() + delay));
      }
      const reason = `Not delivered after ${mail.attempts + 1} attempts: ${message}`;
      const outcomes = [...nobody, { sent: false as const, recipients: addresses, reason }];
      return this.outbox.finish(manager, mail, { status: 'failed', outcomes, attempted: true, error: message }, now);
    }
    const sent = { sent: true as const, recipients: addresses.filter((a) => !refused.includes(a)) };
    const refusals = refused.length
      ? [{ sent: false as const, recipients: refused, reason: 'The mail server refused these recipients.' }]
      : [];
    const outcomes = [...nobody, sent, ...refusals];
    await this.outbox.finish(manager, mail, { status: 'sent', outcomes, attempted: true }, now);
  }

  /**
   * Outcomes are recorded in message order. One that cannot be recorded (a version race on the producer's stream)
   * is tried again at once, then passed over until the next pass.
   */
  private async reportOutcomes(): Promise<void> {
    let afterId = '0';
    for (let reported = 0; reported < BATCH; reported++) {
      let claimed: string | undefined;
      for (let attempt = 1; attempt <= REPORT_ATTEMPTS; attempt++) {
        try {
          await this.db.transaction(async (manager) => {
            const mail = await this.outbox.claimUnreported(manager, afterId);
            claimed = mail?.id;
            if (mail) await this.outbox.report(manager, mail, this.clock.now());
          });
          break;
        } catch (error) {
          this.logger.warn(`Could not record the outcome of mail ${claimed} yet: ${(error as Error).message}`);
        }
      }
      if (claimed === undefined) return;
      afterId = claimed;
    }
  }
}
