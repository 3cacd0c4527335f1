import ICAL from 'ical.js';
import { Holiday } from '../domain/calendar-state';

export interface SkippedEvent {
  uid: string;
  reason: string;
}

export interface ImportedHolidays {
  holidays: Holiday[];
  skipped: SkippedEvent[];
}

/** The iCalendar text cannot be read at all (400). */
export class MalformedCalendarFileError extends Error {}

const RECURRENCE_YEARS = 10;
/** A multi-day event longer than this is most likely not a holiday (and would flood the calendar). */
const MAX_EVENT_DAYS = 31;

/**
 * The holidays of an iCalendar file (SPEC §12): every all-day VEVENT is a holiday on each date it covers (DTEND is
 * exclusive), a yearly recurring one on each occurrence for ten years from its start; timed, cancelled and
 * otherwise-recurring events are skipped with the reason.
 */
export function holidaysFromICalendar(text: string): ImportedHolidays {
  const calendar = parsed(text);
  const holidays: Holiday[] = [];
  const skipped: SkippedEvent[] = [];
  for (const component of calendar.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(component);
    const uid = event.uid || '(no UID)';
    const reason = skipReason(event, component);
    if (reason) {
      skipped.push({ uid, reason });
      continue;
    }
    const name = event.summary ? String(event.summary).slice(0, 200) : null;
    for (const start of occurrences(event)) {
      for (const date of datesCovered(start, event)) holidays.push({ date, name });
    }
  }
  return { holidays, skipped };
}

function parsed(text: string): ICAL.Component {
  let jcal: unknown;
  try {
    jcal = ICAL.parse(text);
  } catch (error) {
    throw new MalformedCalendarFileError(`The body is not an iCalendar file: ${(error as Error).message}`);
  }
  const root = new ICAL.Component(
    Array.isArray(jcal) && Array.isArray(jcal[0]) ? (jcal[0] as unknown[]) : (jcal as unknown[]),
  );
  if (root.name !== 'vcalendar')
    throw new MalformedCalendarFileError('The body is not an iCalendar file: no VCALENDAR.');
  return root;
}

function skipReason(event: ICAL.Event, component: ICAL.Component): string | undefined {
  if (!event.startDate) return 'it has no DTSTART';
  if (!event.startDate.isDate) return 'it is a timed event, not an all-day one';
  if (String(component.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED') return 'it is cancelled';
  if (event.isRecurring()) {
    const types = Object.keys(event.getRecurrenceTypes() as Record<string, boolean>);
    if (types.length !== 1 || types[0] !== 'YEARLY') return `it recurs ${types.join(', ').toLowerCase()}, not yearly`;
  }
  if (spanDays(event) > MAX_EVENT_DAYS) return `it spans more than ${MAX_EVENT_DAYS} days`;
  return undefined;
}

function occurrences(event: ICAL.Event): ICAL.Time[] {
  if (!event.isRecurring()) return [event.startDate];
  const until = event.startDate.clone();
  until.year += RECURRENCE_YEARS;
  const starts: ICAL.Time[] = [];
  const iterator = event.iterator();
  for (let next = iterator.next(); next && next.compare(until) < 0; next = iterator.next()) starts.push(next.clone());
  return starts;
}

/** The dates from `start` for the event's length in days (at least one: an all-day event without DTEND is one day). */
function datesCovered(start: ICAL.Time, event: ICAL.Event): string[] {
  const dates: string[] = [];
  const day = start.clone();
  for (let i = 0; i < Math.max(1, spanDays(event)); i++) {
    dates.push(day.toString().slice(0, 10));
    day.adjust(1, 0, 0, 0);
  }
  return dates;
}

function spanDays(event: ICAL.Event): number {
  const end = event.endDate;
  if (!end || end.compare(event.startDate) <= 0) return 1;
  return Math.round(event.duration.toSeconds() / 86_400);
}
