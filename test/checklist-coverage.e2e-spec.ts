import { adminToken } from './helpers/auth';
import {
  Actors,
  contractChecklist,
  draftContract,
  itemOf,
  registerVendor,
  signInActors,
  write,
} from './helpers/checklist-fixtures';
import { startTestApp, TestApp } from './helpers/test-app';

/** Item 4: New York business hours covered from Manila; Manila keeps UTC+8, New York moves between UTC−5 and UTC−4. */
describe('checklist: item 4 coverage_design across time zones', () => {
  let t: TestApp;
  let actors: Actors;
  let admin: string;
  let vendorId: string;

  const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'];
  const coverage = (startShift: string) => ({
    demand: { timezone: 'America/New_York', windows: [{ days: weekdays, start: '08:00', end: '20:00' }] },
    // Manila evenings Mon–Fri start 20:00 = 08:00 EDT the same weekday (12:00 UTC).
    vendorShifts: [{ timezone: 'Asia/Manila', days: weekdays, start: startShift, end: '08:00' }],
    overlapHoursWithInternalTeam: 2,
    weekendRule: 'email only, answered Monday',
    escalationWindow: 'within 2h by phone',
  });

  beforeAll(async () => {
    t = await startTestApp();
    actors = await signInActors(t);
    admin = await adminToken(t);
    vendorId = (await registerVendor(t, actors)).id;
  });
  afterAll(() => t.close());

  it('passes in a summer week: 08:00–20:00 EDT = 20:00–08:00 Manila, 60 hours covered', async () => {
    const { id, position } = await draftContract(t, actors, vendorId, {
      startDate: '2026-06-10',
      coverage: coverage('20:00'),
    });
    expect(itemOf(await contractChecklist(t, admin, id, position), 'coverage_design')).toEqual({
      key: 'coverage_design',
      title: 'Ignoring time-zone and coverage design',
      status: 'pass',
      evidence: ['Vendor shifts cover 100 % of customer demand (3600 of 3600 minutes in the week of 2026-06-08)'],
      recommendation: '',
    });
  });

  it('warns in the DST-change week before it: with EST (UTC−5) 19:00–20:00 New York is uncovered, 55 of 60 hours', async () => {
    // The US moves to EDT on Sunday 2026-03-08; the week of Friday 2026-03-06 is still on EST.
    const { id, position } = await draftContract(t, actors, vendorId, {
      startDate: '2026-03-06',
      coverage: coverage('20:00'),
    });
    const item = itemOf(await contractChecklist(t, admin, id, position), 'coverage_design');
    expect(item.status).toBe('warn');
    expect(item.evidence).toEqual([
      'Vendor shifts cover 91.6 % of customer demand (3300 of 3600 minutes in the week of 2026-03-02)', // 3300 / 3600 = 0.9166…
      'Not covered (America/New_York time): Mon 19:00–Mon 20:00, Tue 19:00–Tue 20:00, Wed 19:00–Wed 20:00 and 2 more',
    ]);
    expect(item.recommendation).toBe('Add vendor shifts for the uncovered demand hours.');
  });

  it('passes again from the DST week on (2026-03-09 is on EDT)', async () => {
    const { id, position } = await draftContract(t, actors, vendorId, {
      startDate: '2026-03-09',
      coverage: coverage('20:00'),
    });
    expect(itemOf(await contractChecklist(t, admin, id, position), 'coverage_design').status).toBe('pass');
  });

  it('warns for a one-hour gap in summer (shift from 21:00 Manila) and fails when under 80 % is covered', async () => {
    const gap = await draftContract(t, actors, vendorId, { startDate: '2026-06-10', coverage: coverage('21:00') });
    const item = itemOf(await contractChecklist(t, admin, gap.id, gap.position), 'coverage_design');
    expect(item.status).toBe('warn');
    expect(item.evidence[0]).toBe(
      'Vendor shifts cover 91.6 % of customer demand (3300 of 3600 minutes in the week of 2026-06-08)',
    );
    expect(item.evidence[1]).toMatch(/^Not covered \(America\/New_York time\): Mon 08:00–Mon 09:00/);

    // Shifts from 23:00 Manila leave 08:00–11:00 EDT uncovered: 45 of 60 hours = 75 % < 80 %.
    const { position } = await write(t, actors.procurement, 'patch', `/contracts/${gap.id}`, {
      coverage: { vendorShifts: coverage('23:00').vendorShifts },
    });
    expect(itemOf(await contractChecklist(t, admin, gap.id, position), 'coverage_design')).toMatchObject({
      status: 'fail',
      evidence: [
        'Vendor shifts cover 75 % of customer demand (2700 of 3600 minutes in the week of 2026-06-08)',
        expect.stringContaining('Mon 08:00–Mon 11:00'),
      ],
    });
  });

  it('warns when covered but the weekend rule is missing, and fails without shifts', async () => {
    const withoutWeekend = { ...coverage('20:00'), weekendRule: undefined };
    const partial = await draftContract(t, actors, vendorId, { startDate: '2026-06-10', coverage: withoutWeekend });
    expect(itemOf(await contractChecklist(t, admin, partial.id, partial.position), 'coverage_design')).toMatchObject({
      status: 'warn',
      evidence: [
        'Vendor shifts cover 100 % of customer demand (3600 of 3600 minutes in the week of 2026-06-08)',
        'No weekend rule',
      ],
    });
    const noShifts = { ...coverage('20:00'), vendorShifts: undefined };
    const none = await draftContract(t, actors, vendorId, { coverage: noShifts });
    expect(itemOf(await contractChecklist(t, admin, none.id, none.position), 'coverage_design')).toMatchObject({
      status: 'fail',
      evidence: ['Hours of customer demand described', 'No vendor shifts described'],
    });
  });
});
