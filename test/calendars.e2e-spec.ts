import { requestsAs, userWithRole } from './helpers/auth';
import { startTestApp, TestApp } from './helpers/test-app';

const OFFICE = { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '17:00' };
const NEW_YORK = { name: 'New York office', timezone: 'America/New_York', weeklyHours: [OFFICE] };

const ics = (...events: string[]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//vendorwatch test//EN', ...events, 'END:VCALENDAR', ''].join('\r\n');
const vevent = (...lines: string[]) =>
  ['BEGIN:VEVENT', 'DTSTAMP:20260101T000000Z', ...lines, 'END:VEVENT'].join('\r\n');

describe('calendars (SPEC §12)', () => {
  let t: TestApp;
  let ops: { token: string };
  let procurement: { token: string };
  let qa: { token: string };
  let vendor: { token: string };

  beforeAll(async () => {
    t = await startTestApp();
    [ops, procurement, qa, vendor] = await Promise.all([
      userWithRole(t, 'ops_manager'),
      userWithRole(t, 'procurement'),
      userWithRole(t, 'qa_reviewer'),
      userWithRole(t, 'vendor'),
    ]);
  });
  afterAll(() => t.close());

  const { post, patch, get } = requestsAs(
    () => t,
    () => ops.token,
  );
  const minutes = async (id: string, from: string, to: string, position: string) => {
    const res = await get(`/calendars/${id}/business-minutes?from=${from}&to=${to}`, position).expect(200);
    return res.body.minutes as number;
  };
  const importIcs = (id: string, body: string, query = '') =>
    t.http
      .post(`/api/v1/calendars/${id}/holidays${query}`)
      .set('Authorization', `Bearer ${ops.token}`)
      .set('Content-Type', 'text/calendar')
      .send(body);

  it('defines a calendar and counts its business minutes across the spring-forward week', async () => {
    const defined = await post('/calendars', NEW_YORK).expect(201);
    expect(defined.body).toEqual({ id: expect.any(String), version: 1, position: expect.stringMatching(/^\d+$/) });
    const { id, position } = defined.body;

    const calendar = await get(`/calendars/${id}`, position, qa.token).expect(200);
    expect(calendar.headers['x-projection-position']).toBeDefined();
    expect(calendar.body).toMatchObject({
      id,
      name: 'New York office',
      timezone: 'America/New_York',
      weeklyHours: [OFFICE],
      hoursRevisions: [{ effectiveFrom: null, weeklyHours: [OFFICE] }],
      holidays: [],
      version: 1,
    });
    // Mon 2 March 00:00 EST to Mon 9 March 00:00 EDT: five days of eight hours.
    expect(await minutes(id, '2026-03-02T05:00:00Z', '2026-03-09T04:00:00Z', position)).toBe(2400);
    // Fri 16:00 EST to Mon 10:00 EDT: an hour each side of the weekend and the clock change.
    expect(await minutes(id, '2026-03-06T21:00:00Z', '2026-03-09T14:00:00Z', position)).toBe(120);
  });

  it('refuses overlapping windows with 422 and a code, and malformed input with 400', async () => {
    const overlapping = await post('/calendars', {
      ...NEW_YORK,
      weeklyHours: [OFFICE, { days: ['wed'], start: '16:00', end: '18:00' }],
    }).expect(422);
    expect(overlapping.body).toEqual({
      statusCode: 422,
      error: 'Unprocessable Entity',
      message: expect.stringContaining('wed'),
      code: 'CALENDAR_WINDOWS_OVERLAP',
    });
    await post('/calendars', { ...NEW_YORK, timezone: 'Mars/Olympus' }).expect(400);
    await post('/calendars', { ...NEW_YORK, weeklyHours: [] }).expect(400);
    await post('/calendars', { ...NEW_YORK, weeklyHours: [{ ...OFFICE, start: '9am' }] }).expect(400);
    await post('/calendars', { ...NEW_YORK, holidays: [{ date: '2026-02-30' }] }).expect(400);
    await post('/calendars', { ...NEW_YORK, colour: 'blue' }).expect(400);
  });

  it('revises the hours from effectiveFrom on and keeps the earlier dates as they were', async () => {
    const { id } = (await post('/calendars', NEW_YORK, procurement.token).expect(201)).body;
    const revised = await patch(`/calendars/${id}`, {
      weeklyHours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '13:00' }],
      effectiveFrom: '2026-03-04',
    }).expect(200);
    expect(revised.body.version).toBe(2);
    // Mon–Tue keep eight hours, Wed–Fri have four.
    expect(await minutes(id, '2026-03-02T05:00:00Z', '2026-03-07T05:00:00Z', revised.body.position)).toBe(
      2 * 480 + 3 * 240,
    );
    const stale = await patch(`/calendars/${id}`, { name: 'late' }).set('If-Match', '1').expect(412);
    expect(stale.body).toMatchObject({ currentVersion: 2 });
    await patch(`/calendars/${id}`, {}).expect(422);
  });

  it('imports holidays from an iCalendar file in one revision, and a resent file adds nothing', async () => {
    const { id, position } = (await post('/calendars', NEW_YORK).expect(201)).body;
    expect(await minutes(id, '2026-11-23T05:00:00Z', '2026-11-28T05:00:00Z', position)).toBe(5 * 480);
    const file = ics(
      vevent(
        'UID:thanksgiving',
        'DTSTART;VALUE=DATE:20261126',
        'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=4TH',
        'SUMMARY:Thanksgiving',
      ),
      vevent('UID:black-friday', 'DTSTART;VALUE=DATE:20261127', 'DTEND;VALUE=DATE:20261128', 'SUMMARY:Day after'),
      vevent('UID:party', 'DTSTART:20261124T170000Z', 'DTEND:20261124T200000Z', 'SUMMARY:Office party'),
    );
    const imported = await importIcs(id, file).expect(200);
    expect(imported.body).toEqual({
      id,
      version: 2,
      position: expect.any(String),
      added: 11,
      skipped: [{ uid: 'party', reason: 'it is a timed event, not an all-day one' }],
    });
    expect(await minutes(id, '2026-11-23T05:00:00Z', '2026-11-28T05:00:00Z', imported.body.position)).toBe(3 * 480);
    const calendar = await get(`/calendars/${id}`, imported.body.position).expect(200);
    expect(calendar.body.holidays.slice(0, 3)).toEqual([
      { date: '2026-11-26', name: 'Thanksgiving' },
      { date: '2026-11-27', name: 'Day after' },
      { date: '2027-11-25', name: 'Thanksgiving' },
    ]);

    const again = await importIcs(id, file).expect(200);
    expect(again.body).toMatchObject({ version: 2, added: 0 });

    const history = await get(`/calendars/${id}/history`, imported.body.position).expect(200);
    expect(history.body.items.map((e: { type: string }) => e.type)).toEqual(['CalendarDefined', 'CalendarRevised']);
    expect(history.body.total).toBe(2);

    await importIcs(id, 'not a calendar').expect(400);
    await t.http
      .post(`/api/v1/calendars/${id}/holidays`)
      .set('Authorization', `Bearer ${ops.token}`)
      .send({ holidays: [] })
      .expect(415);
  });

  it('imports from a given effectiveFrom only', async () => {
    const { id } = (await post('/calendars', NEW_YORK).expect(201)).body;
    const file = ics(vevent('UID:a', 'DTSTART;VALUE=DATE:20260302'), vevent('UID:b', 'DTSTART;VALUE=DATE:20260305'));
    const imported = await importIcs(id, file, '?effectiveFrom=2026-03-04').expect(200);
    expect(imported.body.added).toBe(1);
    expect(await minutes(id, '2026-03-02T05:00:00Z', '2026-03-07T05:00:00Z', imported.body.position)).toBe(4 * 480);
  });

  it('lists calendars a page at a time, to staff only', async () => {
    const last = await post('/calendars', { ...NEW_YORK, name: 'Zulu night shift' }).expect(201);
    const page = await get('/calendars?limit=2&offset=0', last.body.position).expect(200);
    expect(page.body).toMatchObject({ limit: 2, offset: 0, total: expect.any(Number) });
    expect(page.body.items).toHaveLength(2);
    expect(page.body.total).toBeGreaterThanOrEqual(5);
    const found = await get('/calendars?q=zulu', last.body.position, qa.token).expect(200);
    expect(found.body.items.map((c: { name: string }) => c.name)).toEqual(['Zulu night shift']);
    const { id } = last.body;
    for (const path of [
      '/calendars',
      `/calendars/${id}`,
      `/calendars/${id}/history`,
      `/calendars/${id}/business-minutes`,
    ])
      await get(path, last.body.position, vendor.token).expect(403);
    await get('/calendars?limit=500', last.body.position).expect(400);
  });

  it('answers 404 for an unknown calendar and 400 for a reversed or unbounded span', async () => {
    const { id, position } = (await post('/calendars', NEW_YORK).expect(201)).body;
    await get('/calendars/00000000-0000-4000-8000-000000000000', position).expect(404);
    await get(`/calendars/${id}/business-minutes?from=2026-03-09T00:00:00Z&to=2026-03-02T00:00:00Z`, position).expect(
      400,
    );
    await get(`/calendars/${id}/business-minutes?from=2026-03-02T00:00:00&to=2026-03-03T00:00:00Z`, position).expect(
      400,
    );
    await get(`/calendars/${id}/business-minutes?from=2020-01-01T00:00:00Z&to=2026-01-01T00:00:00Z`, position).expect(
      400,
    );
  });
});
