import { Injectable } from '@nestjs/common';
import { CalendarFacts } from '@vendorwatch/calendars';
import type { ContractFactsView } from '@vendorwatch/contracts';
import { ClockContext, SlaClock } from '../domain/sla-clock';

/** What the aggregate needs to check a requested clock, looked up in the calendars' and the contract's facts. */
@Injectable()
export class ClockContexts {
  constructor(private readonly calendars: CalendarFacts) {}

  async of(clock: SlaClock | undefined, contract: Pick<ContractFactsView, 'terms'>): Promise<ClockContext> {
    const known =
      clock?.type === 'calendar' && (await this.calendars.timelineOf(clock.calendarId)) ? clock.calendarId : undefined;
    return {
      calendarExists: (calendarId) => calendarId === known,
      hasDemandWindows: (contract.terms.coverage?.demand?.windows?.length ?? 0) > 0,
    };
  }
}
