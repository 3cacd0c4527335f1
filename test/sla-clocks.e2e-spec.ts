import { Clock } from '@vendorwatch/event-store';
import { ComputedMeasurements } from '@vendorwatch/slas';
import { DataSource } from 'typeorm';
import { bearer, requestsAs, userWithRole } from './helpers/auth';
import { minimalContract, vendorIn } from './helpers/contracts-fixtures';
import { eventually } from './helpers/eventually';
import { settled, startTestApp, TestApp } from './helpers/test-app';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'];
/** 09:00–17:00 New York: 14:00Z–22:00Z in the week of 2026-03-02 (EST), 13:00Z–21:00Z from 2026-03-08 (EDT). */
const NEW_YORK = {
  name: 'New York office',
  timezone: 'America/New_York',
  weeklyHours: [{ days: WEEKDAYS, start: '09:00', end: '17:00' }],
};
/** 08:00–20:00 New York: 13:00Z–01:00Z (next day) in the week of 2026-03-02; no holidays. */
const COVERAGE = {
  demand: { timezone: 'America/New_York', windows: [{ days: WEEKDAYS, start: '08:00', end: '20:00' }] },
};
const attainment = (thresholdMinutes: number, targetPercent = 90) => ({
  kind: 'attainment',
  thresholdMinutes,
  targetPercent,
});

interface Row {
  externalId: string;
  channel: string;
  priority?: string;
  createdAt: string;
  firstResponseAt?: string;
  resolvedAt?: string;
  pausedMinutes?: number;
}

/**
 * The 200 interactions of the week of 2026-03-02, four groups of 50, each minute count worked out by hand:
 * | group | created (UTC)    | first response  | 24x7 | calendar (14–22Z) | coverage (13–01Z)   |
 * | A     | Mon 15:00        | Mon 15:30       | 30   | 30                | 30                  |
 * | B     | Tue 12:00        | Tue 14:30       | 150  | 30                | 90                  |
 * | C     | Tue 12:30        | Tue 13:45       | 75   | 0                 | 45                  |
 * | D     | Fri 21:30        | Mon 9th 13:40   | 3850 | 30 + 40 (EDT: 13Z)| 210 (Fri to 01:00Z) |
 * So within 60 minutes: 24x7 A = 25 %, calendar A+B+C = 75 %, coverage A+C = 50 %.
 * Resolution (120 min): A resolved after 150 minutes (both clocks), pausedMinutes 40 for A0–19 (110, met) and 500
 * for A20–29 (0, never below zero), none for A30–49 (missed); B resolved Tue 17:00 (300 wall, 180 business),
 * pausedMinutes 60 for B0–9 (240 missed on 24x7, 120 met on the calendar); C and D unresolved (missed).
 * Priorities: A0–24 high, A25–49 none (counts as normal); B0–24 high, B25–49 normal; C low; D urgent.
 * Channels: A and C chat, B and D email.
 */
function weekRows(pauses = true): Row[] {
  const rows: Row[] = [];
  for (let i = 0; i < 50; i++) {
    rows.push({
      externalId: `A-${i}`,
      channel: 'chat',
      ...(i < 25 ? { priority: 'high' } : {}),
      createdAt: '2026-03-02T15:00:00Z',
      firstResponseAt: '2026-03-02T15:30:00Z',
      resolvedAt: '2026-03-02T17:30:00Z',
      ...(pauses && i < 20 ? { pausedMinutes: 40 } : pauses && i < 30 ? { pausedMinutes: 500 } : {}),
    });
    rows.push({
      externalId: `B-${i}`,
      channel: 'email',
      priority: i < 25 ? 'high' : 'normal',
      createdAt: '2026-03-03T12:00:00Z',
      firstResponseAt: '2026-03-03T14:30:00Z',
      resolvedAt: '2026-03-03T17:00:00Z',
      ...(pauses && i < 10 ? { pausedMinutes: 60 } : {}),
    });
    rows.push({
      externalId: `C-${i}`,
      channel: 'chat',
      priority: 'low',
      createdAt: '2026-03-03T12:30:00Z',
      firstResponseAt: '2026-03-03T13:45:00Z',
    });
    rows.push({
      externalId: `D-${i}`,
      channel: 'email',
      priority: 'urgent',
      createdAt: '2026-03-06T21:30:00Z',
      firstResponseAt: '2026-03-09T13:40:00Z',
    });
  }
  return rows;
}

/**
 * Ten interactions created Monday 16:30 New York (30 minutes before closing) and answered Wednesday 09:20: 30 + 480
 * + 20 = 530 business minutes, or 50 once Tuesday is a holiday. F in the week of 03-09, E in the week of 03-16.
 */
const lateRows = (prefix: string, monday: string, wednesday: string): Row[] =>
  Array.from({ length: 10 }, (_, i) => ({
    externalId: `${prefix}-${i}`,
    channel: 'chat',
    createdAt: `${monday}T20:30:00Z`,
    firstResponseAt: `${wednesday}T13:20:00Z`,
  }));

describe('SLA clocks and scopes (SPEC §5, §6, §12)', () => {
  let t: TestApp;
  let ops: string;
  let contractId: string;
  let calendarId: string;
  const ids: Record<string, string> = {};

  const { post, patch } = requestsAs(
    () => t,
    () => ops,
  );
  /** A read as it stands now (the figures come from the asynchronous drain: tests wait with `eventually`). */
  const get = (path: string) => t.http.get(`/api/v1${path}`).set(bearer(ops));
  const defineSla = async (key: string, body: object) => {
    const res = await post(`/contracts/${contractId}/slas`, {
      name: key,
      period: 'week',
      minimumSample: 1,
      serviceCreditPercent: 1,
      ...body,
    }).expect(201);
    ids[key] = res.body.id;
    return res.body.position as string;
  };
  const periodOf = async (key: string, periodStart: string) => {
    const { body } = await get(`/slas/${ids[key]}`).expect(200);
    return (body.periods as { periodStart: string }[]).find((p) => p.periodStart === `${periodStart}T00:00:00.000Z`);
  };
  const figureOf = (key: string, periodStart: string, value: number, sampleSize: number) =>
    eventually(async () => expect(await periodOf(key, periodStart)).toMatchObject({ value, sampleSize }));
  const ingest = (interactions: Row[]) => post(`/contracts/${contractId}/interactions`, { interactions }).expect(200);

  beforeAll(async () => {
    t = await startTestApp();
    t.app.get(Clock).set('2026-03-25T12:00:00.000Z');
    ops = (await userWithRole(t, 'ops_manager')).token;
    const procurement = (await userWithRole(t, 'procurement')).token;
    const vendorId = await vendorIn(t, procurement, 'approved');
    const contract = minimalContract(vendorId, { coverage: COVERAGE });
    contractId = (await post('/contracts', contract, procurement).expect(201)).body.id;
    calendarId = (await post('/calendars', NEW_YORK).expect(201)).body.id;
    const calendar = { type: 'calendar', calendarId };
    const frt = { metric: 'first_response_time', objective: attainment(60) };
    const resolution = { metric: 'resolution_time', objective: attainment(120) };
    await defineSla('frt24x7', frt);
    await defineSla('frtCalendar', { ...frt, clock: calendar });
    await defineSla('frtCoverage', { ...frt, clock: { type: 'coverage' } });
    await defineSla('resolution24x7', resolution);
    await defineSla('resolutionCalendar', { ...resolution, clock: calendar });
    await defineSla('frtHigh', { ...frt, appliesTo: { priorities: ['high'] } });
    const last = await defineSla('frtNormalChat', {
      ...frt,
      clock: calendar,
      appliesTo: { priorities: ['normal'], channels: ['chat'] },
    });
    await settled(t, last);
    await ingest([
      ...weekRows(),
      ...lateRows('F', '2026-03-09', '2026-03-11'),
      ...lateRows('E', '2026-03-16', '2026-03-18'),
    ]);
  });
  afterAll(() => t.close());

  it('answers the clock and scope with the SLA, 24x7 over every interaction when none is given', async () => {
    const { body } = await get(`/slas/${ids.frtNormalChat}`).expect(200);
    expect(body).toMatchObject({
      clock: { type: 'calendar', calendarId },
      appliesTo: { priorities: ['normal'], channels: ['chat'] },
    });
    expect((await get(`/slas/${ids.frt24x7}`).expect(200)).body).toMatchObject({
      clock: { type: '24x7' },
      appliesTo: {},
    });
  });

  it('refuses a clock on an unknown calendar, and a coverage clock without demand windows, with their codes', async () => {
    const frt = { name: 'x', metric: 'first_response_time', objective: attainment(60), period: 'week' };
    const body = { ...frt, minimumSample: 1, serviceCreditPercent: 1 };
    const unknown = await post(`/contracts/${contractId}/slas`, {
      ...body,
      clock: { type: 'calendar', calendarId: 'no-such-calendar' },
    }).expect(422);
    expect(unknown.body).toMatchObject({ statusCode: 422, code: 'UNKNOWN_CALENDAR' });
    const procurement = (await userWithRole(t, 'procurement')).token;
    const bare = (await post('/contracts', minimalContract(await vendorIn(t, procurement, 'approved')), procurement))
      .body.id as string;
    const coverage = await post(`/contracts/${bare}/slas`, { ...body, clock: { type: 'coverage' } }).expect(422);
    expect(coverage.body).toMatchObject({ statusCode: 422, code: 'NO_COVERAGE_WINDOWS' });
    await patch(`/slas/${ids.frt24x7}`, { clock: { type: 'calendar', calendarId: 'nope' } }).expect(422);
    await post(`/contracts/${contractId}/slas`, { ...body, clock: { type: 'calendar' } }).expect(400);
    await post(`/contracts/${contractId}/slas`, { ...body, appliesTo: { priorities: ['vip'] } }).expect(400);
  });

  it('measures the same 200 interactions on a 24x7, a calendar and a coverage clock', async () => {
    await figureOf('frt24x7', '2026-03-02', 25, 200);
    await figureOf('frtCalendar', '2026-03-02', 75, 200);
    await figureOf('frtCoverage', '2026-03-02', 50, 200);
  });

  it('counts only the priorities and channels an SLA applies to, no priority as normal', async () => {
    await figureOf('frtHigh', '2026-03-02', 50, 50); // A0–24 met, B0–24 missed
    await figureOf('frtNormalChat', '2026-03-02', 100, 25); // A25–49: no priority, chat
  });

  it('deducts pausedMinutes from the resolution time on either clock, never below zero', async () => {
    await figureOf('resolution24x7', '2026-03-02', 15, 200); // A0–29
    await figureOf('resolutionCalendar', '2026-03-02', 20, 200); // A0–29 and B0–9
    await ingest(weekRows(false)); // the same records without their pauses
    await figureOf('resolution24x7', '2026-03-02', 0, 200);
    await figureOf('resolutionCalendar', '2026-03-02', 0, 200);
    await ingest(weekRows());
    await figureOf('resolutionCalendar', '2026-03-02', 20, 200);
  });

  it('re-measures an SLA whose scope is revised', async () => {
    await patch(`/slas/${ids.frtHigh}`, { appliesTo: { priorities: ['urgent'] } }).expect(200);
    await figureOf('frtHigh', '2026-03-02', 0, 50); // D: 3,850 minutes
    const { body } = await get(`/slas/${ids.frtHigh}`).expect(200);
    expect(body.appliesTo).toEqual({ priorities: ['urgent'] });
  });

  it('counts an unanswered interaction as missed once its business minutes pass the threshold', async () => {
    const clock = t.app.get(Clock);
    clock.set('2026-03-27T21:00:00.000Z');
    // Friday 16:30 New York, 30 minutes before closing: due at Monday 09:30 (13:30Z).
    await ingest([{ externalId: 'U-1', channel: 'chat', createdAt: '2026-03-27T20:30:00Z' }]);
    clock.set('2026-03-30T13:29:00.000Z');
    await t.app.get(ComputedMeasurements).remeasureOpenPeriods();
    expect(await periodOf('frtCalendar', '2026-03-23')).toBeUndefined(); // left out: 59 business minutes
    await figureOf('frt24x7', '2026-03-23', 0, 1); // wall clock: long past
    clock.set('2026-03-30T13:31:00.000Z');
    await t.app.get(ComputedMeasurements).remeasureOpenPeriods();
    await figureOf('frtCalendar', '2026-03-23', 0, 1);
    expect(await periodOf('frtCalendar', '2026-03-23')).toMatchObject({ provisional: false });
  });

  it('re-measures exactly the periods from a holiday effective in the past on', async () => {
    await figureOf('frtCalendar', '2026-03-09', 0, 10); // F: 530 business minutes
    await figureOf('frtCalendar', '2026-03-16', 0, 10); // E: 530 business minutes
    const db = t.app.get(DataSource);
    const measuredAt = async () =>
      Object.fromEntries(
        (
          await db.query<{ key: string; measured_at: Date }[]>(
            `SELECT sla_id || ' ' || to_char(period_start, 'YYYY-MM-DD') AS key, measured_at FROM computed_sla_measurements
             WHERE contract_id = $1`,
            [contractId],
          )
        ).map((row) => [row.key, row.measured_at.toISOString()]),
      );
    const before = await measuredAt();
    const versionsBefore = (await get(`/slas/${ids.frtCalendar}/history?limit=100`).expect(200)).body.total as number;
    t.app.get(Clock).set('2026-03-30T14:00:00.000Z');

    const revised = await patch(`/calendars/${calendarId}`, {
      holidays: [{ date: '2026-03-17', name: 'Closure' }],
      effectiveFrom: '2026-03-16',
    }).expect(200);
    await settled(t, revised.body.position);
    await figureOf('frtCalendar', '2026-03-16', 100, 10); // E: 30 + 20 minutes with Tuesday closed
    await figureOf('frtNormalChat', '2026-03-16', 100, 10);

    const after = await measuredAt();
    const key = (sla: string, period: string) => `${ids[sla]} ${period}`;
    for (const sla of ['frtCalendar', 'frtNormalChat']) {
      expect(after[key(sla, '2026-03-02')]).toBe(before[key(sla, '2026-03-02')]);
      expect(after[key(sla, '2026-03-09')]).toBe(before[key(sla, '2026-03-09')]);
      expect(after[key(sla, '2026-03-16')]).toBe('2026-03-30T14:00:00.000Z');
    }
    // SLAs on other clocks are not measured again.
    expect(after[key('frt24x7', '2026-03-16')]).toBe(before[key('frt24x7', '2026-03-16')]);
    expect(after[key('frtCoverage', '2026-03-16')]).toBe(before[key('frtCoverage', '2026-03-16')]);
    await figureOf('frtCalendar', '2026-03-09', 0, 10);
    const history = (await get(`/slas/${ids.frtCalendar}/history?limit=100`).expect(200)).body;
    const appended = (history.items as { version: number; type: string; data: { periodStart: string } }[])
      .filter((e) => e.version > versionsBefore)
      .map((e) => [e.type, e.data.periodStart]);
    // The week of 03-16 only: its new figure, and the breach it takes back.
    expect(appended.sort()).toEqual([
      ['SlaBreachRetracted', '2026-03-16T00:00:00.000Z'],
      ['SlaMeasured', '2026-03-16T00:00:00.000Z'],
    ]);
  });
});
