import { Injectable } from '@nestjs/common';
import { AsyncProjection, DocumentProjection, isEvent, StoredEvent } from '@vendorwatch/event-store';
import {
  EscalationAcknowledged,
  EscalationLevelRaised,
  EscalationOpened,
  EscalationOverdue,
  EscalationResolved,
  EscalationRetriggered,
} from '../domain/escalation.events';
import { EscalationTimelineEntry, EscalationView } from './escalation-view';

export const ESCALATIONS_PROJECTION = 'escalations';

/**
 * Every escalation with its timeline. Its `status`, `overdue` and `due_at` columns are also the deadline clock's
 * index of open escalations, so the clock never scans streams.
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
        timeline: add(entry(d.acknowledgedAt, { level: d.level, note: d.note })),
      };
    }
    if (isEvent(event, EscalationLevelRaised)) {
      const d = event.data;
      return {
        ...next,
        level: d.level,
        dueAt: d.dueAt,
        timeline: add(entry(d.raisedAt, { level: d.level, dueAt: d.dueAt, notify: d.notify, authority: d.authority })),
      };
    }
    if (isEvent(event, EscalationOverdue)) {
      const d = event.data;
      return { ...next, overdue: true, timeline: add(entry(d.overdueAt, { level: d.level, dueAt: d.missedDueAt })) };
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
      opened_at: doc.openedAt,
    };
  }
}
