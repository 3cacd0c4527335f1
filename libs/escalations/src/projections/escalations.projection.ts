import { Injectable } from '@nestjs/common';
import { AsyncProjection, DocumentProjection, isEvent, StoredEvent } from '@vendorwatch/event-store';
import {
  EscalationAcknowledged,
  EscalationLevelRaised,
  EscalationNotificationFailed,
  EscalationNotified,
  EscalationOpened,
  EscalationOverdue,
  EscalationRepeated,
  EscalationResolved,
  EscalationRetriggered,
} from '../domain/escalation.events';
import { EscalationTimelineEntry, EscalationView } from './escalation-view';

export const ESCALATIONS_PROJECTION = 'escalations';

/**
 * Every escalation with its timeline. Its `status`, `overdue`, `due_at` and `resolve_by` columns are also the
 * deadline clock's index of escalations waiting for someone, so the clock never scans streams.
 */
@Injectable()
@AsyncProjection()
export class EscalationsProjection extends DocumentProjection<EscalationView> {
  readonly name = ESCALATIONS_PROJECTION;
  readonly table = 'escalations';

  protected keysOf(event: StoredEvent): string[] {
    return event.streamType === 'Escalation' ? [event.streamId] : [];
  }

  protected reduce(doc: EscalationView | undefined, event: StoredEvent): EscalationView | undefined {
    const entry = (at: string, details: Partial<EscalationTimelineEntry> = {}): EscalationTimelineEntry => ({
      type: event.type,
      at,
      actorId: event.metadata?.actorId ?? null,
      ...details,
    });
    if (isEvent(event, EscalationOpened)) {
      const d = event.data;
      return {
        id: d.escalationId,
        ruleId: d.ruleId,
        ruleName: d.ruleName,
        contractId: d.contractId,
        vendorId: d.vendorId,
        subject: d.subject,
        severity: d.severity,
        status: 'open',
        overdue: false,
        level: d.level,
        levels: d.levels,
        dueAt: d.dueAt,
        resolveBy: null,
        round: 0,
        cause: d.cause,
        retriggerCount: 0,
        openedAt: d.openedAt,
        acknowledgedAt: null,
        resolvedAt: null,
        resolution: null,
        timeline: [entry(d.openedAt, { level: d.level, dueAt: d.dueAt, cause: d.cause })],
        version: event.version,
      };
    }
    if (!doc) return undefined;
    const next = { ...doc, version: event.version };
    const add = (timelineEntry: EscalationTimelineEntry) => [...doc.timeline, timelineEntry];
    if (isEvent(event, EscalationRetriggered)) {
      const d = event.data;
      return {
        ...next,
        retriggerCount: doc.retriggerCount + 1,
        timeline: add(entry(d.retriggeredAt, { cause: d.cause })),
      };
    }
    if (isEvent(event, EscalationAcknowledged)) {
      const d = event.data;
      return {
        ...next,
        status: 'acknowledged',
        acknowledgedAt: d.acknowledgedAt,
        resolveBy: d.resolveBy,
        timeline: add(entry(d.acknowledgedAt, { level: d.level, note: d.note, resolveBy: d.resolveBy })),
      };
    }
    // A level reached waits for an acknowledgement again, whatever the escalation was.
    const reached = { status: 'open' as const, resolveBy: null };
    if (isEvent(event, EscalationLevelRaised)) {
      const { level, dueAt, notify, authority, reason, raisedAt } = event.data;
      const timeline = add(entry(raisedAt, { level, dueAt, notify, authority, reason }));
      return { ...next, ...reached, level, dueAt, timeline };
    }
    if (isEvent(event, EscalationRepeated)) {
      const { round, level, dueAt, notify, authority, reason, repeatedAt } = event.data;
      const timeline = add(entry(repeatedAt, { round, level, dueAt, notify, authority, reason }));
      return { ...next, ...reached, round, level, dueAt, timeline };
    }
    if (isEvent(event, EscalationOverdue)) {
      const d = event.data;
      const details = { level: d.level, dueAt: d.missedDueAt, reason: d.reason };
      return { ...next, overdue: true, timeline: add(entry(d.overdueAt, details)) };
    }
    if (isEvent(event, EscalationNotified)) {
      const { recipients, channel, level, notifiedAt } = event.data;
      return { ...next, timeline: add(entry(notifiedAt, { recipients, channel, level })) };
    }
    if (isEvent(event, EscalationNotificationFailed)) {
      const { recipients, channel, level, reason, failedAt } = event.data;
      return { ...next, timeline: add(entry(failedAt, { recipients, channel, level, reason })) };
    }
    if (isEvent(event, EscalationResolved)) {
      const d = event.data;
      return {
        ...next,
        status: 'resolved',
        resolvedAt: d.resolvedAt,
        resolution: d.resolution,
        timeline: add(entry(d.resolvedAt, { resolution: d.resolution })),
      };
    }
    return next;
  }

  protected columns(doc: EscalationView): Record<string, unknown> {
    return {
      rule_id: doc.ruleId,
      contract_id: doc.contractId,
      vendor_id: doc.vendorId,
      status: doc.status,
      severity: doc.severity,
      overdue: doc.overdue,
      due_at: doc.dueAt,
      resolve_by: doc.status === 'acknowledged' ? (doc.resolveBy ?? null) : null,
      opened_at: doc.openedAt,
    };
  }
}
