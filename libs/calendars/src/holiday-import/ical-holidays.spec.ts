import { holidaysFromICalendar, MalformedCalendarFileError } from './ical-holidays';

const ics = (...events: string[]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', ...events, 'END:VCALENDAR', ''].join('\r\n');
const vevent = (...lines: string[]) =>
  ['BEGIN:VEVENT', 'DTSTAMP:20260101T000000Z', ...lines, 'END:VEVENT'].join('\r\n');

describe('holidays from an iCalendar file', () => {
  it('makes an all-day event a holiday on its date, named by its summary', () => {
    const { holidays, skipped } = holidaysFromICalendar(
      ics(vevent('UID:a', 'DTSTART;VALUE=DATE:20261225', 'DTEND;VALUE=DATE:20261226', 'SUMMARY:Christmas Day')),
    );
    expect(holidays).toEqual([{ date: '2026-12-25', name: 'Christmas Day' }]);
    expect(skipped).toEqual([]);
  });

  it('covers every date of a multi-day event, DTEND exclusive, across a month end', () => {
    const { holidays } = holidaysFromICalendar(
      ics(vevent('UID:b', 'DTSTART;VALUE=DATE:20261230', 'DTEND;VALUE=DATE:20270102', 'SUMMARY:Year end')),
    );
    expect(holidays.map((h) => h.date)).toEqual(['2026-12-30', '2026-12-31', '2027-01-01']);
  });

  it('treats an all-day event without DTEND as one day', () => {
    const { holidays } = holidaysFromICalendar(ics(vevent('UID:c', 'DTSTART;VALUE=DATE:20260704')));
    expect(holidays).toEqual([{ date: '2026-07-04', name: null }]);
  });

  it('repeats a yearly event for ten years from its start, leaving out EXDATEs', () => {
    const { holidays } = holidaysFromICalendar(
      ics(
        vevent(
          'UID:d',
          'DTSTART;VALUE=DATE:20260612',
          'RRULE:FREQ=YEARLY',
          'EXDATE;VALUE=DATE:20280612',
          'SUMMARY:Independence Day',
        ),
      ),
    );
    const dates = holidays.map((h) => h.date);
    expect(dates).toHaveLength(9);
    expect(dates[0]).toBe('2026-06-12');
    expect(dates).not.toContain('2028-06-12');
    expect(dates[dates.length - 1]).toBe('2035-06-12');
  });

  it('follows a yearly rule by weekday (US Thanksgiving, the fourth Thursday of November)', () => {
    const { holidays } = holidaysFromICalendar(
      ics(
        vevent(
          'UID:e',
          'DTSTART;VALUE=DATE:20261126',
          'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=4TH',
          'SUMMARY:Thanksgiving',
        ),
      ),
    );
    expect(holidays.slice(0, 3).map((h) => h.date)).toEqual(['2026-11-26', '2027-11-25', '2028-11-23']);
    expect(holidays).toHaveLength(10);
  });

  it('skips timed, cancelled and weekly events with the reason', () => {
    const { holidays, skipped } = holidaysFromICalendar(
      ics(
        vevent('UID:timed', 'DTSTART:20261224T120000Z', 'DTEND:20261224T170000Z', 'SUMMARY:Half day'),
        vevent('UID:cancelled', 'DTSTART;VALUE=DATE:20261226', 'STATUS:CANCELLED'),
        vevent('UID:weekly', 'DTSTART;VALUE=DATE:20260103', 'RRULE:FREQ=WEEKLY'),
      ),
    );
    expect(holidays).toEqual([]);
    expect(skipped).toEqual([
      { uid: 'timed', reason: 'it is a timed event, not an all-day one' },
      { uid: 'cancelled', reason: 'it is cancelled' },
      { uid: 'weekly', reason: 'it recurs weekly, not yearly' },
    ]);
  });

  it('refuses text that is not iCalendar', () => {
    expect(() => holidaysFromICalendar('hello, world')).toThrow(MalformedCalendarFileError);
    expect(() => holidaysFromICalendar('BEGIN:VCARD\r\nVERSION:4.0\r\nEND:VCARD\r\n')).toThrow(
      MalformedCalendarFileError,
    );
  });
});
