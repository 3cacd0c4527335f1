import { Injectable } from '@nestjs/common';
import { CalendarFacts, CalendarRevised, WallClockReader } from '@vendorwatch/calendars';
import { AsyncProjection, Clock, isEvent, Projection, StoredEvent } from '@vendorwatch/event-store';
import { EntityManager } from 'typeorm';
import { computedSlaOf, periodsOfDays } from '../domain/computed-sla';
import { periodEndOf } from '../domain/sla-periods';
import { SlaFacts } from '../queries/sla-facts';
import { MetricSources } from './metric-sources';
import { RemeasureRequests } from './remeasure-requests';

/**
 * A calendar revision changes the business minutes of the dates from its `effectiveFrom` on (SPEC §12): every
 * computed SLA counted on that calendar is queued for the periods with evidence that hold such dates, and only
 * those; earlier periods keep their figures. The reaction only queues (ADR 0006): a rebuild queues again and the
 * drain, finding the figures unchanged, appends nothing.
 */
@Injectable()
@AsyncProjection()
export class CalendarRevisionsProcess implements Projection {
  readonly name = 'calendar-revisions-remeasure';
  readonly tables = [] as const;

  constructor(
    private readonly calendars: CalendarFacts,
    private readonly facts: SlaFacts,
    private readonly sources: MetricSources,
    private readonly requests: RemeasureRequests,
    private readonly clock: Clock,
  ) {}

  concerns(event: StoredEvent): boolean {
    return isEvent(event, CalendarRevised);
  }

  async apply(events: StoredEvent[], manager: EntityManager): Promise<void> {
    for (const event of events) {
      if (!isEvent(event, CalendarRevised)) continue;
      const { calendarId, effectiveFrom } = event.data;
      const calendar = await this.calendars.timelineOf(calendarId, { manager });
      if (!calendar) continue;
      const from = new WallClockReader(calendar.timezone).read(Date.parse(`${effectiveFrom}T00:00:00Z`)).instant;
      for (const definition of await this.facts.activeOnCalendar(calendarId, { manager })) {
        const sla = computedSlaOf(definition);
        const source = sla && this.sources.of(sla.metric);
        if (!sla || !source) continue;
        const days = await source.evidenceDays(manager, sla.contractId);
        const affected = periodsOfDays(days, sla.period, this.clock.now()).filter(
          (start) => periodEndOf(sla.period, new Date(`${start}T00:00:00Z`)).getTime() > from,
        );
        await this.requests.forPeriods(manager, sla.slaId, sla.contractId, affected);
      }
    }
  }
}
