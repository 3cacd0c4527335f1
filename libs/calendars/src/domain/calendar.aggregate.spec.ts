import { Calendar } from './calendar.aggregate';
import { CalendarRuleError } from './calendar-errors';
import { CalendarDefined, CalendarRevised } from './calendar.events';
import { businessMinutesBetween } from './business-timeline';
import { WeeklyWindow } from './weekly-hours';

const AT = '2026-03-01T00:00:00.000Z';
const OFFICE: WeeklyWindow[] = [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '17:00' }];

function defined(holidays = [{ date: '2026-03-04', name: 'Founders day' }]): Calendar {
  const calendar = Calendar.define(
    'cal-1',
    { name: 'NY office', timezone: 'America/New_York', weeklyHours: OFFICE, holidays },
    AT,
  );
  calendar.commit();
  return calendar;
}

const codeOf = (run: () => void) => {
  try {
    run();
  } catch (error) {
    if (error instanceof CalendarRuleError) return error.code;
    throw error;
  }
  return undefined;
};

/** Mon 2 March 00:00 to Sat 7 March 00:00 (New York). */
const week = (calendar: Calendar) =>
  businessMinutesBetween(calendar.schedule, Date.parse('2026-03-02T05:00:00Z'), Date.parse('2026-03-07T05:00:00Z'));

describe('Calendar', () => {
  it('is defined with its windows and holidays', () => {
    const calendar = Calendar.define(
      'cal-1',
      { name: 'NY', timezone: 'America/New_York', weeklyHours: OFFICE, holidays: [] },
      AT,
    );
    const [event] = calendar.getUncommittedEvents();
    expect(event).toBeInstanceOf(CalendarDefined);
    expect(CalendarDefined.type).toBe('CalendarDefined');
    expect(week(calendar)).toBe(5 * 480);
  });

  it('refuses windows of one day that overlap', () => {
    const overlapping: WeeklyWindow[] = [
      { days: ['mon'], start: '09:00', end: '17:00' },
      { days: ['mon', 'tue'], start: '16:00', end: '18:00' },
    ];
    const define = () =>
      Calendar.define('c', { name: 'x', timezone: 'UTC', weeklyHours: overlapping, holidays: [] }, AT);
    expect(codeOf(define)).toBe('CALENDAR_WINDOWS_OVERLAP');
  });

  it('refuses an overnight window that runs into a later window starting the same day', () => {
    const overlapping: WeeklyWindow[] = [
      { days: ['mon'], start: '20:00', end: '02:00' },
      { days: ['mon'], start: '23:00', end: '24:00' },
    ];
    const define = () =>
      Calendar.define('c', { name: 'x', timezone: 'UTC', weeklyHours: overlapping, holidays: [] }, AT);
    expect(codeOf(define)).toBe('CALENDAR_WINDOWS_OVERLAP');
  });

  it('accepts adjacent windows, an overnight one into the next day and one ending at 24:00', () => {
    const hours: WeeklyWindow[] = [
      { days: ['mon'], start: '06:00', end: '14:00' },
      { days: ['mon'], start: '14:00', end: '22:00' },
      { days: ['mon'], start: '22:00', end: '06:00' },
      { days: ['tue'], start: '18:00', end: '24:00' },
    ];
    expect(() =>
      Calendar.define('c', { name: 'x', timezone: 'UTC', weeklyHours: hours, holidays: [] }, AT),
    ).not.toThrow();
  });

  it('refuses a start of 24:00 and a holiday listed twice', () => {
    const late: WeeklyWindow[] = [{ days: ['mon'], start: '24:00', end: '02:00' }];
    expect(
      codeOf(() => Calendar.define('c', { name: 'x', timezone: 'UTC', weeklyHours: late, holidays: [] }, AT)),
    ).toBe('CALENDAR_INVALID_TIME');
    const twice = [
      { date: '2026-12-25', name: null },
      { date: '2026-12-25', name: 'Christmas' },
    ];
    expect(
      codeOf(() => Calendar.define('c', { name: 'x', timezone: 'UTC', weeklyHours: OFFICE, holidays: twice }, AT)),
    ).toBe('CALENDAR_HOLIDAY_REPEATED');
  });

  it('keeps the earlier hours on the dates before a revision takes effect', () => {
    const calendar = defined([]);
    calendar.revise(
      { weeklyHours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '13:00' }] },
      '2026-03-05',
      AT,
    );
    expect(calendar.getUncommittedEvents()[0]).toBeInstanceOf(CalendarRevised);
    expect(week(calendar)).toBe(3 * 480 + 2 * 240);
  });

  it('replaces the holidays of the dates from effectiveFrom on, and keeps the earlier ones', () => {
    const calendar = defined([
      { date: '2026-03-02', name: 'kept' },
      { date: '2026-03-04', name: 'dropped' },
    ]);
    calendar.revise({ holidays: [{ date: '2026-03-05', name: 'new' }] }, '2026-03-03', AT);
    expect(week(calendar)).toBe(3 * 480);
  });

  it('refuses an empty revision and a holiday before effectiveFrom', () => {
    const calendar = defined();
    expect(codeOf(() => calendar.revise({}, '2026-03-01', AT))).toBe('CALENDAR_EMPTY_REVISION');
    expect(codeOf(() => calendar.revise({ holidays: [{ date: '2026-02-01', name: null }] }, '2026-03-01', AT))).toBe(
      'CALENDAR_HOLIDAY_BEFORE_EFFECTIVE_FROM',
    );
  });

  it('imports holidays from the earliest imported date, adding only new dates, in one revision', () => {
    const calendar = defined();
    const added = calendar.importHolidays(
      [
        { date: '2026-03-05', name: 'A' },
        { date: '2026-03-04', name: 'already one' },
        { date: '2026-03-03', name: 'B' },
      ],
      undefined,
      AT,
    );
    expect(added).toBe(2);
    const events = calendar.getUncommittedEvents() as CalendarRevised[];
    expect(events).toHaveLength(1);
    expect(events[0].effectiveFrom).toBe('2026-03-03');
    expect(events[0].holidays!.map((h) => h.date)).toEqual(['2026-03-03', '2026-03-04', '2026-03-05']);
    expect(week(calendar)).toBe(2 * 480);
  });

  it('imports nothing (and appends nothing) when every date is already a holiday or before effectiveFrom', () => {
    const calendar = defined();
    expect(calendar.importHolidays([{ date: '2026-03-04', name: 'again' }], undefined, AT)).toBe(0);
    expect(calendar.importHolidays([{ date: '2026-03-02', name: 'early' }], '2026-03-03', AT)).toBe(0);
    expect(calendar.getUncommittedEvents()).toHaveLength(0);
  });
});
