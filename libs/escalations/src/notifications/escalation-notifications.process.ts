import { Injectable } from '@nestjs/common';
import {
  AggregateRepository,
  AsyncProjection,
  InjectAggregateRepository,
  isEvent,
  Projection,
  StoredEvent,
} from '@vendorwatch/event-store';
import { MailOutbox, PublicLinks } from '@vendorwatch/notifications';
import { EntityManager } from 'typeorm';
import { Escalation } from '../domain/escalation.aggregate';
import {
  EscalationLevelRaised,
  EscalationOpened,
  EscalationOverdue,
  EscalationRepeated,
} from '../domain/escalation.events';
import { EscalationCauseNames } from '../queries/escalation-cause-names';
import { escalationMail, LevelReached } from './escalation-mail';

export const ESCALATION_MAIL_TOPIC = 'escalation';

/**
 * Decides who is told by email (SPEC §9, §14): the recipients of each level reached — at opening, on each raise, on
 * each repeated round — and the last level's when overdue. It writes the mail outbox in its batch's transaction,
 * keyed by the deciding event, so a crash loses no message and a replay or rebuild sends none twice (ADR 0011).
 */
@Injectable()
@AsyncProjection()
export class EscalationNotificationsProcess implements Projection {
  readonly name = 'escalation-notifications';
  readonly tables = [];

  constructor(
    @InjectAggregateRepository(Escalation) private readonly escalations: AggregateRepository<Escalation>,
    private readonly outbox: MailOutbox,
    private readonly links: PublicLinks,
    private readonly causeNames: EscalationCauseNames,
  ) {}

  concerns(event: StoredEvent): boolean {
    return levelReachedBy(event) !== undefined;
  }

  async apply(events: StoredEvent[], manager: EntityManager): Promise<void> {
    for (const event of events) {
      const reached = levelReachedBy(event);
      if (reached) await this.notify(event, reached, manager);
    }
  }

  private async notify(
    event: StoredEvent,
    { level, deadline, how }: { level: number; deadline: string; how: LevelReached },
    manager: EntityManager,
  ): Promise<void> {
    const escalation = await this.escalations.load(event.streamId, { manager });
    const levelOf = escalation.levels[level - 1];
    const recipients = levelOf?.recipients ?? [];
    if (recipients.length === 0) return;
    const reached = how.kind === 'repeated' ? { ...how, repeat: escalation.repeat } : how;
    const { ruleName, severity } = escalation;
    const { cause } = await this.causeNames.name(escalation);
    const link = this.links.to(`/escalations/${escalation.id}`);
    const message = escalationMail({ ruleName, severity, cause, level, levelOf, reached, deadline, link });
    const mail = {
      key: event.eventId,
      topic: ESCALATION_MAIL_TOPIC,
      reference: escalation.id,
      recipients,
      ...message,
      context: { level },
    };
    await this.outbox.enqueue(manager, mail, new Date(event.recordedAt));
  }
}

function levelReachedBy(event: StoredEvent): { level: number; deadline: string; how: LevelReached } | undefined {
  if (isEvent(event, EscalationOpened)) return { ...event.data, deadline: event.data.dueAt, how: { kind: 'opened' } };
  if (isEvent(event, EscalationLevelRaised)) {
    const { level, dueAt, reason } = event.data;
    return { level, deadline: dueAt, how: { kind: 'raised', reason } };
  }
  if (isEvent(event, EscalationRepeated)) {
    const { level, dueAt, reason, round } = event.data;
    return { level, deadline: dueAt, how: { kind: 'repeated', reason, round, repeat: 0 } };
  }
  if (isEvent(event, EscalationOverdue)) {
    const { level, missedDueAt, reason } = event.data;
    return { level, deadline: missedDueAt, how: { kind: 'overdue', reason } };
  }
  return undefined;
}
