import { Injectable, OnModuleInit } from '@nestjs/common';
import {
  AggregateRepository,
  Clock,
  InjectAggregateRepository,
  RequestContext,
  SYSTEM_ACTOR,
} from '@vendorwatch/event-store';
import { MailOutbox, MailOutcome, QueuedMail } from '@vendorwatch/notifications';
import { EntityManager } from 'typeorm';
import { Escalation } from '../domain/escalation.aggregate';
import { ESCALATION_MAIL_TOPIC } from './escalation-notifications.process';

/** Records how each escalation email ended on the escalation's stream, so its timeline shows it. */
@Injectable()
export class EscalationMailOutcomes implements OnModuleInit {
  constructor(
    @InjectAggregateRepository(Escalation) private readonly escalations: AggregateRepository<Escalation>,
    private readonly outbox: MailOutbox,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.outbox.onOutcome(ESCALATION_MAIL_TOPIC, (mail, outcome, manager) => this.record(mail, outcome, manager));
  }

  private async record(mail: QueuedMail, outcome: MailOutcome, manager: EntityManager): Promise<void> {
    const level = Number(mail.context.level);
    const now = this.clock.now();
    await RequestContext.run({ actor: SYSTEM_ACTOR, causationId: mail.key }, () =>
      this.escalations.update(mail.reference, undefined, (e) => e.recordNotification({ ...outcome, level }, now), {
        manager,
      }),
    );
  }
}
