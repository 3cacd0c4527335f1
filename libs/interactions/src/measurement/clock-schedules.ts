import { Injectable } from '@nestjs/common';
import { BusinessSchedule, CalendarFacts } from '@vendorwatch/calendars';
import { ContractFacts } from '@vendorwatch/contracts';
import { ComputedSla, MeasuredSla } from '@vendorwatch/slas';
import { EntityManager } from 'typeorm';
import { ClockedMeasurement } from './clocked-figures';

/**
 * The schedule each business clock counts on, from the published facts (ADR 0005): a calendar's hours and holidays
 * over time, or the contract's `coverage.demand` windows in their time zone with no holidays (SPEC §5).
 */
@Injectable()
export class ClockSchedules {
  constructor(
    private readonly calendars: CalendarFacts,
    private readonly contracts: ContractFacts,
  ) {}

  /** The SLAs counted on a business clock, each with its schedule, and the rest (24x7, or metrics without a clock). */
  async split(
    manager: EntityManager,
    contractId: string,
    measured: MeasuredSla[],
  ): Promise<{ wallClock: MeasuredSla[]; clocked: ClockedMeasurement[] }> {
    const wallClock: MeasuredSla[] = [];
    const clocked: ClockedMeasurement[] = [];
    const schedules = new Map<string, BusinessSchedule>();
    for (const entry of measured) {
      const { sla } = entry;
      if (!isClocked(sla)) {
        wallClock.push(entry);
        continue;
      }
      const key = sla.clock.type === 'calendar' ? `calendar:${sla.clock.calendarId}` : 'coverage';
      const schedule = schedules.get(key) ?? (await this.scheduleOf(manager, contractId, sla.clock));
      schedules.set(key, schedule);
      clocked.push({ sla, periodStarts: entry.periodStarts, schedule });
    }
    return { wallClock, clocked };
  }

  private async scheduleOf(
    manager: EntityManager,
    contractId: string,
    clock: NonNullable<ComputedSla['clock']>,
  ): Promise<BusinessSchedule> {
    if (clock.type === 'calendar') {
      const schedule = await this.calendars.scheduleOf(clock.calendarId, { manager });
      // A calendar is never deleted: a missing one is a fact not written yet; the period stays queued and retries.
      if (!schedule) throw new Error(`The calendar ${clock.calendarId} of an SLA clock is unknown.`);
      return schedule;
    }
    const demand = (await this.contracts.find(contractId, { manager }))?.terms.coverage?.demand;
    // Coverage amended away after the SLA was defined: no business minute is open, so nothing is ever late.
    return {
      timezone: demand?.timezone ?? 'UTC',
      hours: [{ effectiveFrom: null, weeklyHours: demand?.windows ?? [] }],
      holidays: new Set(),
    };
  }
}

function isClocked(
  sla: ComputedSla,
): sla is ComputedSla & { metric: ClockedMeasurement['sla']['metric']; clock: NonNullable<ComputedSla['clock']> } {
  return (
    (sla.metric === 'first_response_time' || sla.metric === 'resolution_time') &&
    sla.clock !== undefined &&
    sla.clock.type !== '24x7'
  );
}
