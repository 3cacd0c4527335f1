import { BusinessRuleError } from '@vendorwatch/event-store';
import { SlaErrorCode } from './sla-errors';

/** How an SLA counts `thresholdMinutes` (SPEC §5): wall-clock, a calendar's business minutes, or the contract's coverage. */
export type SlaClock = { type: '24x7' } | { type: 'calendar'; calendarId: string } | { type: 'coverage' };
export const CLOCK_TYPES = ['24x7', 'calendar', 'coverage'] as const;

/** Interaction priorities an SLA may be scoped to; a record without one counts as `normal`. */
export const SLA_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type SlaPriority = (typeof SLA_PRIORITIES)[number];

/** Which interactions an SLA measures: those matching every list given (SPEC §5); `{}` measures all. */
export interface SlaScope {
  priorities?: SlaPriority[];
  channels?: string[];
}

export const WALL_CLOCK: SlaClock = { type: '24x7' };

/** Events written before clocks existed carry none: they are 24x7 and apply to every interaction. */
export function clockOrDefault(clock: SlaClock | null | undefined): SlaClock {
  return clock ?? WALL_CLOCK;
}

export function scopeOrDefault(scope: SlaScope | null | undefined): SlaScope {
  return scope ?? {};
}

/** The clock as stored: only the fields of its type. */
export function normalizedClock(clock: SlaClock): SlaClock {
  return clock.type === 'calendar' ? { type: 'calendar', calendarId: clock.calendarId } : { type: clock.type };
}

/** The scope as stored: sorted, without duplicates, an empty list the same as none. */
export function normalizedScope(scope: SlaScope): SlaScope {
  const list = <T extends string>(values: T[] | undefined) =>
    values && values.length > 0 ? [...new Set(values)].sort() : undefined;
  const priorities = list(scope.priorities);
  const channels = list(scope.channels);
  return { ...(priorities ? { priorities } : {}), ...(channels ? { channels } : {}) };
}

/** What checking a clock needs to know of the world: whether its calendar exists, whether the contract has demand windows. */
export interface ClockContext {
  calendarExists(calendarId: string): boolean;
  hasDemandWindows: boolean;
}

/** SPEC §5: a calendar clock names a known calendar; a coverage clock needs the contract's demand windows. */
export function assertUsableClock(clock: SlaClock, context: ClockContext): void {
  if (clock.type === 'calendar' && !context.calendarExists(clock.calendarId)) {
    throw new BusinessRuleError(
      SlaErrorCode.UNKNOWN_CALENDAR,
      `No calendar ${clock.calendarId} exists for this clock.`,
    );
  }
  if (clock.type === 'coverage' && !context.hasDemandWindows) {
    throw new BusinessRuleError(
      SlaErrorCode.NO_COVERAGE_WINDOWS,
      'A coverage clock needs the contract to define coverage.demand windows.',
    );
  }
}
