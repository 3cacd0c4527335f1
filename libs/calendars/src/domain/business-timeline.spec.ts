import { BusinessSchedule, HoursRevision } from './business-schedule';
import { businessMinuteElapsesAt, businessMinutesBetween, BusinessTimeline } from './business-timeline';
import { Weekday } from './civil-date';
import { WeeklyWindow } from './weekly-hours';

const WEEKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
const EVERY_DAY: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

const window = (days: Weekday[], start: string, end: string): WeeklyWindow => ({ days, start, end });

function schedule(
  timezone: string,
  weeklyHours: WeeklyWindow[] | HoursRevision[],
  holidays: string[] = [],
): BusinessSchedule {
  const hours =
    weeklyHours.length > 0 && 'effectiveFrom' in weeklyHours[0]
      ? (weeklyHours as HoursRevision[])
      : [{ effectiveFrom: null, weeklyHours: weeklyHours as WeeklyWindow[] }];
  return { timezone, hours, holidays: new Set(holidays) };
}

const minutes = (s: BusinessSchedule, from: string, to: string) =>
  businessMinutesBetween(s, Date.parse(from), Date.parse(to));
const elapses = (s: BusinessSchedule, from: string, n: number) => {
  const at = businessMinuteElapsesAt(s, Date.parse(from), n);
  return at === undefined ? undefined : new Date(at).toISOString();
};

// 2026: the US springs forward on Sun 8 March and falls back on Sun 1 November (at 02:00 local); the UK springs
// forward on Sun 29 March (01:00 GMT) and falls back on Sun 25 October (02:00 BST). Manila keeps UTC+8 all year.
const newYorkOffice = schedule('America/New_York', [window(WEEKDAYS, '09:00', '17:00')]);
const newYorkAlways = schedule('America/New_York', [window(EVERY_DAY, '00:00', '24:00')]);
const newYorkNights = schedule('America/New_York', [window(EVERY_DAY, '20:00', '08:00')]);
const londonOffice = schedule('Europe/London', [window(WEEKDAYS, '09:00', '17:30')]);
const londonAlways = schedule('Europe/London', [window(EVERY_DAY, '00:00', '24:00')]);
const londonNights = schedule('Europe/London', [window(EVERY_DAY, '22:00', '06:00')]);
const manilaNights = schedule('Asia/Manila', [window(WEEKDAYS, '22:00', '07:00')]);

describe('business minutes between two instants', () => {
  describe('America/New_York, spring forward (Sun 2026-03-08)', () => {
    it('counts one office day of 480 minutes', () => {
      expect(minutes(newYorkOffice, '2026-03-02T14:00:00Z', '2026-03-02T22:00:00Z')).toBe(480);
    });

    it('counts the five office days of the change week, local midnight to local midnight', () => {
      expect(minutes(newYorkOffice, '2026-03-02T05:00:00Z', '2026-03-09T04:00:00Z')).toBe(2400);
    });

    it('counts Friday 16:00 EST to Monday 10:00 EDT as 60 + 60', () => {
      expect(minutes(newYorkOffice, '2026-03-06T21:00:00Z', '2026-03-09T14:00:00Z')).toBe(120);
    });

    it('opens at 09:00 EDT (13:00Z) after the change, an hour earlier in UTC', () => {
      expect(minutes(newYorkOffice, '2026-03-09T13:00:00Z', '2026-03-09T21:00:00Z')).toBe(480);
      expect(minutes(newYorkOffice, '2026-03-09T14:00:00Z', '2026-03-09T22:00:00Z')).toBe(420);
    });

    it('gives the whole change day 23 hours', () => {
      expect(minutes(newYorkAlways, '2026-03-08T05:00:00Z', '2026-03-09T04:00:00Z')).toBe(1380);
    });

    it('makes the overnight window 20:00–08:00 11 hours long across the change', () => {
      expect(minutes(newYorkNights, '2026-03-08T01:00:00Z', '2026-03-08T12:00:00Z')).toBe(660);
      expect(minutes(newYorkNights, '2026-03-07T17:00:00Z', '2026-03-08T17:00:00Z')).toBe(660);
    });

    it('opens a window that starts in the skipped hour when the clocks jump (02:00–04:00 is one hour)', () => {
      const s = schedule('America/New_York', [window(EVERY_DAY, '02:00', '04:00')]);
      expect(minutes(s, '2026-03-08T05:00:00Z', '2026-03-09T04:00:00Z')).toBe(60);
      expect(minutes(s, '2026-03-08T05:00:00Z', '2026-03-08T07:30:00Z')).toBe(30);
    });
  });

  describe('America/New_York, fall back (Sun 2026-11-01)', () => {
    it('gives the whole change day 25 hours', () => {
      expect(minutes(newYorkAlways, '2026-11-01T04:00:00Z', '2026-11-02T05:00:00Z')).toBe(1500);
    });

    it('makes the overnight window 20:00–08:00 13 hours long across the change', () => {
      expect(minutes(newYorkNights, '2026-11-01T00:00:00Z', '2026-11-01T13:00:00Z')).toBe(780);
    });

    it('keeps a window through the repeated hour open for both of its passes (01:00–02:00 is two hours)', () => {
      const s = schedule('America/New_York', [window(EVERY_DAY, '01:00', '02:00')]);
      expect(minutes(s, '2026-11-01T04:00:00Z', '2026-11-02T05:00:00Z')).toBe(120);
    });

    it('starts a window at a repeated time on its first pass (01:30 EDT to 03:00 EST)', () => {
      const s = schedule('America/New_York', [window(['sun'], '01:30', '03:00')]);
      expect(minutes(s, '2026-11-01T04:00:00Z', '2026-11-02T05:00:00Z')).toBe(150);
      expect(minutes(s, '2026-11-01T05:00:00Z', '2026-11-01T05:30:00Z')).toBe(0);
    });

    it('opens at 09:00 EST (14:00Z) on the Monday after', () => {
      expect(minutes(newYorkOffice, '2026-10-30T20:00:00Z', '2026-11-02T15:00:00Z')).toBe(60 + 60);
    });
  });

  describe('Europe/London, both changes', () => {
    it('counts Friday 17:00 GMT to Monday 09:30 BST as 30 + 30', () => {
      expect(minutes(londonOffice, '2026-03-27T17:00:00Z', '2026-03-30T08:30:00Z')).toBe(60);
    });

    it('gives the spring change day 23 hours and the autumn one 25', () => {
      expect(minutes(londonAlways, '2026-03-29T00:00:00Z', '2026-03-29T23:00:00Z')).toBe(1380);
      expect(minutes(londonAlways, '2026-10-24T23:00:00Z', '2026-10-26T00:00:00Z')).toBe(1500);
    });

    it('makes the overnight window 22:00–06:00 7 hours in spring and 9 in autumn', () => {
      expect(minutes(londonNights, '2026-03-28T22:00:00Z', '2026-03-29T05:00:00Z')).toBe(420);
      expect(minutes(londonNights, '2026-10-24T21:00:00Z', '2026-10-25T06:00:00Z')).toBe(540);
    });

    it('opens a window 01:00–03:00 at the jump (01:00Z) on the spring change day', () => {
      const s = schedule('Europe/London', [window(['sun'], '01:00', '03:00')]);
      expect(minutes(s, '2026-03-29T00:00:00Z', '2026-03-29T23:00:00Z')).toBe(60);
    });

    it('keeps a window 01:00–02:00 open two hours on the autumn change day', () => {
      const s = schedule('Europe/London', [window(['sun'], '01:00', '02:00')]);
      expect(minutes(s, '2026-10-24T23:00:00Z', '2026-10-26T00:00:00Z')).toBe(120);
    });

    it('counts the office week of the spring change as five full days', () => {
      expect(minutes(londonOffice, '2026-03-23T00:00:00Z', '2026-03-29T23:00:00Z')).toBe(5 * 510);
    });
  });

  describe('Asia/Manila overnight shifts', () => {
    it('counts one night shift 22:00–07:00 as 540 minutes', () => {
      expect(minutes(manilaNights, '2026-03-02T14:00:00Z', '2026-03-02T23:00:00Z')).toBe(540);
    });

    it("gives Saturday morning to Friday's shift", () => {
      expect(minutes(manilaNights, '2026-03-06T16:00:00Z', '2026-03-07T04:00:00Z')).toBe(420);
    });

    it('has no shift from Saturday 07:00 until Monday 22:00', () => {
      expect(minutes(manilaNights, '2026-03-07T00:00:00Z', '2026-03-09T14:00:00Z')).toBe(0);
      expect(minutes(manilaNights, '2026-03-07T16:00:00Z', '2026-03-09T15:00:00Z')).toBe(60);
    });

    it('counts three back-to-back shifts as round-the-clock cover from Monday 06:00 to Saturday 06:00', () => {
      const s = schedule('Asia/Manila', [
        window(WEEKDAYS, '06:00', '14:00'),
        window(WEEKDAYS, '14:00', '22:00'),
        window(WEEKDAYS, '22:00', '06:00'),
      ]);
      expect(minutes(s, '2026-03-01T16:00:00Z', '2026-03-07T16:00:00Z')).toBe(7200);
    });

    it('counts a span that starts and ends inside shifts', () => {
      expect(minutes(manilaNights, '2026-03-02T20:30:00Z', '2026-03-03T15:15:00Z')).toBe(150 + 75);
    });
  });

  describe('holidays', () => {
    it('closes the office on a holiday', () => {
      const s = schedule('America/New_York', [window(WEEKDAYS, '09:00', '17:00')], ['2026-03-04']);
      expect(minutes(s, '2026-03-02T05:00:00Z', '2026-03-07T05:00:00Z')).toBe(4 * 480);
    });

    it('lets the shift begun the evening before a holiday run to its end, and closes the one that starts on it', () => {
      const s = schedule('Asia/Manila', [window(WEEKDAYS, '22:00', '07:00')], ['2026-03-03']);
      expect(minutes(s, '2026-03-02T04:00:00Z', '2026-03-04T04:00:00Z')).toBe(540);
      expect(minutes(s, '2026-03-02T16:00:00Z', '2026-03-02T23:00:00Z')).toBe(420);
    });

    it('closes a whole 24-hour holiday of a round-the-clock calendar, change day or not', () => {
      const s = schedule('Europe/London', [window(EVERY_DAY, '00:00', '24:00')], ['2026-03-29']);
      expect(minutes(s, '2026-03-28T00:00:00Z', '2026-03-30T23:00:00Z')).toBe(2 * 1440);
    });
  });

  describe('24:00, zero-length spans, reversed spans', () => {
    const evenings = schedule('UTC', [window(['mon'], '18:00', '24:00'), window(['tue'], '00:00', '06:00')]);

    it('runs a window ending at 24:00 to midnight', () => {
      expect(minutes(evenings, '2026-03-02T00:00:00Z', '2026-03-03T00:00:00Z')).toBe(360);
      expect(minutes(evenings, '2026-03-02T23:00:00Z', '2026-03-03T01:00:00Z')).toBe(120);
    });

    it('counts overlapping minutes of windows of two days once', () => {
      const s = schedule('UTC', [window(['mon'], '20:00', '08:00'), window(['tue'], '06:00', '10:00')]);
      expect(minutes(s, '2026-03-02T00:00:00Z', '2026-03-04T00:00:00Z')).toBe(840);
    });

    it('gives a zero-length span 0 minutes, open or closed', () => {
      expect(minutes(newYorkOffice, '2026-03-02T15:00:00Z', '2026-03-02T15:00:00Z')).toBe(0);
      expect(minutes(newYorkOffice, '2026-03-07T15:00:00Z', '2026-03-07T15:00:00Z')).toBe(0);
    });

    it('gives a span that is wholly closed 0 minutes', () => {
      expect(minutes(newYorkOffice, '2026-03-07T05:00:00Z', '2026-03-09T05:00:00Z')).toBe(0);
    });

    it('answers a reversed span with the negative of the forward one', () => {
      expect(minutes(newYorkOffice, '2026-03-02T22:00:00Z', '2026-03-02T14:00:00Z')).toBe(-480);
      expect(minutes(newYorkOffice, '2026-03-09T14:00:00Z', '2026-03-06T21:00:00Z')).toBe(-120);
    });

    it('keeps fractions of a minute', () => {
      expect(minutes(newYorkOffice, '2026-03-02T15:15:00Z', '2026-03-02T16:45:00Z')).toBe(90);
      expect(minutes(newYorkOffice, '2026-03-02T15:00:30Z', '2026-03-02T15:01:00Z')).toBe(0.5);
    });

    it('counts the 22 office days of March 2026', () => {
      expect(minutes(newYorkOffice, '2026-03-01T05:00:00Z', '2026-04-01T04:00:00Z')).toBe(22 * 480);
    });
  });

  describe('revisions', () => {
    it('counts each date with the hours in force on it', () => {
      const s = schedule('America/New_York', [
        { effectiveFrom: null, weeklyHours: [window(WEEKDAYS, '09:00', '17:00')] },
        { effectiveFrom: '2026-03-09', weeklyHours: [window(WEEKDAYS, '08:00', '12:00')] },
      ]);
      expect(minutes(s, '2026-03-06T05:00:00Z', '2026-03-11T04:00:00Z')).toBe(480 + 240 + 240);
    });

    it('lets an overnight shift begun before a revision keep the old hours to its end', () => {
      const s = schedule('Asia/Manila', [
        { effectiveFrom: null, weeklyHours: [window(WEEKDAYS, '22:00', '07:00')] },
        { effectiveFrom: '2026-03-03', weeklyHours: [window(WEEKDAYS, '20:00', '02:00')] },
      ]);
      expect(minutes(s, '2026-03-02T04:00:00Z', '2026-03-04T04:00:00Z')).toBe(540 + 360);
    });

    it('has no hours before the first revision takes effect', () => {
      const s = schedule('America/New_York', [
        { effectiveFrom: '2026-03-04', weeklyHours: [window(WEEKDAYS, '09:00', '17:00')] },
      ]);
      expect(minutes(s, '2026-03-02T05:00:00Z', '2026-03-05T05:00:00Z')).toBe(480);
    });
  });
});

describe('the instant the N-th business minute elapses', () => {
  it('carries the rest of a Friday over the weekend and the spring change to Monday 10:00 EDT', () => {
    expect(elapses(newYorkOffice, '2026-03-06T21:00:00Z', 120)).toBe('2026-03-09T14:00:00.000Z');
  });

  it('starts counting at the next opening when started in closed time', () => {
    expect(elapses(newYorkOffice, '2026-03-07T15:00:00Z', 1)).toBe('2026-03-09T13:01:00.000Z');
  });

  it('elapses at the close, not at the next opening, when the minutes end with a window', () => {
    expect(elapses(newYorkOffice, '2026-03-02T14:00:00Z', 480)).toBe('2026-03-02T22:00:00.000Z');
  });

  it('is the start itself for zero minutes', () => {
    expect(elapses(newYorkOffice, '2026-03-07T15:00:00Z', 0)).toBe('2026-03-07T15:00:00.000Z');
  });

  it('skips a holiday after the shift begun the evening before it', () => {
    const s = schedule('Asia/Manila', [window(WEEKDAYS, '22:00', '07:00')], ['2026-03-03']);
    expect(elapses(s, '2026-03-02T15:00:00Z', 600)).toBe('2026-03-04T16:00:00.000Z');
  });

  it('counts elapsed real minutes across the London autumn change on a round-the-clock calendar', () => {
    expect(elapses(londonAlways, '2026-10-24T12:00:00Z', 1440)).toBe('2026-10-25T12:00:00.000Z');
  });

  it('looks past the first weeks when the minutes need them', () => {
    expect(elapses(newYorkOffice, '2026-03-02T14:00:00Z', 22 * 480)).toBe('2026-03-31T21:00:00.000Z');
  });

  it('never elapses on a schedule without open hours', () => {
    expect(elapses(schedule('UTC', [{ effectiveFrom: null, weeklyHours: [] }]), '2026-03-02T00:00:00Z', 1)).toBe(
      undefined,
    );
  });

  it('agrees with minutesBetween across the change weeks', () => {
    for (const s of [newYorkOffice, newYorkNights, londonNights, manilaNights]) {
      for (
        let start = Date.parse('2026-03-05T00:00:00Z');
        start < Date.parse('2026-03-31T00:00:00Z');
        start += 13 * 3_600_000 + 60_000
      ) {
        for (const n of [1, 59, 600, 2000]) {
          const at = businessMinuteElapsesAt(s, start, n)!;
          expect(businessMinutesBetween(s, start, at)).toBe(n);
        }
      }
    }
  });
});

describe('a business timeline built once for a range', () => {
  const timeline = BusinessTimeline.covering(
    newYorkOffice,
    Date.parse('2026-03-02T12:00:00Z'),
    Date.parse('2026-03-10T12:00:00Z'),
  );

  it('answers many spans within its range', () => {
    expect(timeline.minutesBetween(Date.parse('2026-03-02T14:00:00Z'), Date.parse('2026-03-09T14:00:00Z'))).toBe(
      5 * 480 + 60,
    );
    expect(timeline.elapsesAt(Date.parse('2026-03-06T21:00:00Z'), 120)).toBe(Date.parse('2026-03-09T14:00:00Z'));
  });

  it('refuses an instant outside its range rather than guess', () => {
    expect(() =>
      timeline.minutesBetween(Date.parse('2026-02-01T00:00:00Z'), Date.parse('2026-03-03T00:00:00Z')),
    ).toThrow(RangeError);
  });

  it('answers undefined when the minutes run past its range', () => {
    expect(timeline.elapsesAt(Date.parse('2026-03-09T14:00:00Z'), 5000)).toBeUndefined();
  });
});
