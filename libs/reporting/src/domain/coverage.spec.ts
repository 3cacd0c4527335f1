import { weeklyCoverage, WeeklyWindow } from './coverage';

const weekdays: WeeklyWindow['days'] = ['mon', 'tue', 'wed', 'thu', 'fri'];
const newYorkDemand: WeeklyWindow = { timezone: 'America/New_York', days: weekdays, start: '08:00', end: '20:00' };
/** Manila nights that begin Monday to Friday evening, Manila time (Manila keeps UTC+8 all year). */
const manilaNights: WeeklyWindow = {
  timezone: 'Asia/Manila',
  days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
  start: '20:00',
  end: '08:00',
};

describe('weeklyCoverage', () => {
  it('covers New York business hours with a Manila night shift in summer time (EDT, UTC-4)', () => {
    // NY 08:00–20:00 EDT = 12:00–24:00 UTC = Manila 20:00–08:00 exactly.
    const result = weeklyCoverage([newYorkDemand], [manilaNights], '2026-06-10');
    expect(result.demandMinutes).toBe(5 * 12 * 60);
    expect(result.coveredMinutes).toBe(5 * 12 * 60);
    expect(result.share).toBe(1);
    expect(result.gaps).toEqual([]);
  });

  it('leaves the last New York hour uncovered in winter time (EST, UTC-5)', () => {
    // NY 08:00–20:00 EST = 13:00–01:00 UTC; Manila 20:00–08:00 = 12:00–00:00 UTC: 19:00–20:00 NY is a gap.
    const result = weeklyCoverage([newYorkDemand], [manilaNights], '2026-01-14');
    expect(result.coveredMinutes).toBe(5 * 11 * 60);
    expect(result.share).toBeCloseTo(11 / 12, 6);
    expect(result.gaps).toEqual([
      { from: 'Mon 19:00', to: 'Mon 20:00' },
      { from: 'Tue 19:00', to: 'Tue 20:00' },
      { from: 'Wed 19:00', to: 'Wed 20:00' },
      { from: 'Thu 19:00', to: 'Thu 20:00' },
      { from: 'Fri 19:00', to: 'Fri 20:00' },
    ]);
  });

  it('uses the offsets in force in the reference week on either side of the US change (Sunday 2026-03-08)', () => {
    expect(weeklyCoverage([newYorkDemand], [manilaNights], '2026-03-09').share).toBe(1);
    expect(weeklyCoverage([newYorkDemand], [manilaNights], '2026-03-06').share).toBeCloseTo(11 / 12, 6);
  });

  it('measures a demand window on the DST day itself in real minutes (02:00–03:00 does not exist)', () => {
    const sundayMorning: WeeklyWindow = { timezone: 'America/New_York', days: ['sun'], start: '00:00', end: '12:00' };
    const allDay: WeeklyWindow = {
      timezone: 'UTC',
      days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
      start: '00:00',
      end: '00:00',
    };
    const result = weeklyCoverage([sundayMorning], [allDay], '2026-03-08');
    expect(result.demandMinutes).toBe(11 * 60);
    expect(result.coveredMinutes).toBe(11 * 60);
  });

  it('follows shifts over midnight in the same zone', () => {
    const demand: WeeklyWindow = { timezone: 'UTC', days: ['mon'], start: '22:00', end: '02:00' };
    const shift: WeeklyWindow = { timezone: 'UTC', days: ['mon'], start: '21:00', end: '01:00' };
    const result = weeklyCoverage([demand], [shift], '2026-06-10');
    expect(result.demandMinutes).toBe(240);
    expect(result.coveredMinutes).toBe(180);
  });

  it('reports no coverage without shifts and full coverage without demand', () => {
    expect(weeklyCoverage([newYorkDemand], [], '2026-06-10').share).toBe(0);
    expect(weeklyCoverage([], [manilaNights], '2026-06-10').share).toBe(1);
  });
});
