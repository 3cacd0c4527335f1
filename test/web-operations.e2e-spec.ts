import { parse } from 'csv-parse/sync';
import { Page } from 'playwright-core';
import { adminToken, bearer, userWithRole } from './helpers/auth';
import {
  accessibilityProblems,
  BrowserWorld,
  exportedCsv,
  newPage,
  open,
  signIn,
  startBrowserWorld,
  stopBrowserWorld,
  submitAndWait,
} from './helpers/browser';
import { read, write } from './helpers/checklist-fixtures';
import { eventually } from './helpers/eventually';
import { settled } from './helpers/test-app';
import { vendorBody } from './helpers/vendors-fixtures';

/** The little of the browser's globals the chart assertion reads (the tests compile without the DOM library). */
interface ChartCanvas {
  dataset: Record<string, string | undefined>;
}
declare const window: {
  Chart: { getChart(canvas: ChartCanvas): { data: { labels: string[]; datasets: { data: number[] }[] } } };
};

const CSV = [
  'externalId,channel,priority,customerRef,createdAt,firstResponseAt',
  'W-1,chat,normal,C-1,2026-11-30T09:00:00.000Z,2026-11-30T09:20:00.000Z',
  'W-2,chat,high,C-2,2026-11-30T10:00:00.000Z,2026-11-30T12:00:00.000Z',
  'W-3,chat,normal,C-3,,2026-12-01T10:00:00.000Z',
  'W-4,chat,normal,C-4,2026-12-01T10:00:00.000Z,2026-12-01T09:00:00.000Z',
  'W-5,chat,urgent,C-1,2026-12-02T08:00:00.000Z,2026-12-02T08:30:00.000Z',
].join('\n');

/** The operations manager's day: upload interactions, work an escalation, read an SLA's periods and evidence. */
describe('web app: operations (browser)', () => {
  let world: BrowserWorld;
  let page: Page;
  let admin: string;
  let contractId: string;
  let slaId: string;
  let escalationId: string;

  beforeAll(async () => {
    world = await startBrowserWorld();
    const t = world.t;
    admin = await adminToken(t);
    const vendorId = (await write(t, admin, 'post', '/vendors', vendorBody('Golf Helpdesk'))).id;
    await write(t, admin, 'post', `/vendors/${vendorId}/evaluations`, {
      criteria: [{ key: 'price', score: 3, weight: 1 }],
      pricing: { model: 'per_ticket', rate: { amount: 2, currency: 'USD' } },
    });
    await write(t, admin, 'post', `/vendors/${vendorId}/approve`, { rationale: 'ok' });
    contractId = (
      await write(t, admin, 'post', '/contracts', {
        vendorId,
        title: 'Golf chat support',
        startDate: '2026-01-01',
        endDate: '2027-12-31',
        channels: ['chat'],
        monthlyFee: { amount: 20000, currency: 'USD' },
        serviceCreditCapPercent: 5,
      })
    ).id;
    await write(t, admin, 'post', `/contracts/${contractId}/sign`, { signedAt: '2026-11-01T00:00:00.000Z' });
    await write(t, admin, 'post', `/contracts/${contractId}/go-live`, { liveAt: '2026-11-02T00:00:00.000Z' });
    slaId = (
      await write(t, admin, 'post', `/contracts/${contractId}/slas`, {
        name: 'First response within 1 h',
        metric: 'first_response_time',
        objective: { kind: 'attainment', thresholdMinutes: 60, targetPercent: 90 },
        period: 'week',
        minimumSample: 1,
        serviceCreditPercent: 5,
      })
    ).id;
    await write(t, admin, 'post', '/escalation-rules', {
      contractId,
      name: 'First response breached',
      trigger: { type: 'sla_breach', slaId, consecutiveBreaches: 1 },
      severity: 'high',
      levels: [{ notify: 'Operations lead', ackWithinMinutes: 240, authority: 'Head of support operations' }],
    });
    const measured = await write(t, admin, 'post', `/slas/${slaId}/measurements`, {
      periodStart: '2026-11-23',
      value: 71.5,
      sampleSize: 200,
      source: 'manual',
    });
    escalationId = await eventually(async () => {
      const res = await read(t, admin, `/escalations?contractId=${contractId}`, measured.position).expect(200);
      if (res.body.items.length !== 1) throw new Error('no escalation yet');
      return res.body.items[0].id as string;
    });
    await settled(t, measured.position);
    if (!world.browser) return;
    const ops = await userWithRole(t, 'ops_manager');
    page = await newPage(world);
    await signIn(page, world.baseUrl, ops.email, ops.password);
  }, 240_000);

  afterAll(() => stopBrowserWorld(world));

  const skip = () => {
    if (world.browser) return false;
    console.warn(`Browser test skipped: ${world.skipReason}`);
    return true;
  };

  it('uploads an interactions CSV and shows the rejected rows with their reasons', async () => {
    if (skip()) return;
    await open(page, world.baseUrl, `#/contracts/${contractId}`);
    const form = page.locator('#upload-interactions');
    await form
      .getByLabel(/^CSV file/)
      .setInputFiles({ name: 'week.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
    await form.getByRole('button', { name: 'Upload' }).click();
    await form.locator('#rejected-rows').waitFor();
    await expect(form.locator('progress').getAttribute('value')).resolves.toBe('100');
    await expect(form.locator('.confirm').innerText()).resolves.toMatch(/3 accepted .* 2 rejected/);
    const rows = await form.locator('#rejected-rows tbody tr').allInnerTexts();
    expect(rows.map((r) => r.split('\t').slice(0, 2))).toEqual([
      ['3', 'W-3'],
      ['4', 'W-4'],
    ]);
    await expect(accessibilityProblems(page, 'contract-operations')).resolves.toEqual([]);
  }, 240_000);

  it('acknowledges and resolves an escalation with a note, the cause naming the SLA', async () => {
    if (skip()) return;
    await open(page, world.baseUrl, '#/escalations');
    await expect(page.locator('#escalations').innerText()).resolves.toContain('First response within 1 h');
    await expect(accessibilityProblems(page, 'escalations')).resolves.toEqual([]);
    await page.locator('#escalations').getByRole('link', { name: 'First response breached' }).click();
    await page.getByRole('heading', { name: 'First response breached', level: 1 }).waitFor();
    await page.locator('#acknowledge-escalation').getByLabel('Note').fill('Vendor adds two agents on the early shift.');
    await submitAndWait(page, 'acknowledge-escalation', 'Acknowledge escalation');
    await expect(page.locator('#escalation-status').innerText()).resolves.toContain('acknowledged');
    await expect(page.locator('.timeline').innerText()).resolves.toContain('Note: Vendor adds two agents');
    await expect(accessibilityProblems(page, 'escalation')).resolves.toEqual([]);
    await page.locator('#resolve-escalation').getByLabel('What was done').fill('Staffing fixed; next week met.');
    await submitAndWait(page, 'resolve-escalation', 'Resolve escalation');
    await expect(page.locator('#escalation-status').innerText()).resolves.toContain('resolved');
    await expect(page.locator('.timeline').innerText()).resolves.toContain(
      'Resolution: Staffing fixed; next week met.',
    );
    const stored = await world.t.http.get(`/api/v1/escalations/${escalationId}`).set(bearer(admin)).expect(200);
    expect(stored.body.status).toBe('resolved');
  }, 240_000);

  it('exports an SLA’s periods as the API’s CSV, equal to its JSON, and shows a period’s evidence in words', async () => {
    if (skip()) return;
    await open(page, world.baseUrl, `#/slas/${slaId}`);
    const json = await eventually(async () => {
      const res = await world.t.http.get(`/api/v1/slas/${slaId}`).set(bearer(admin)).expect(200);
      if (res.body.periods.length < 2) throw new Error('the ingested week is not measured yet');
      return res.body;
    });
    await open(page, world.baseUrl, `#/slas/${slaId}?again`);
    const csv: Record<string, string>[] = parse(await exportedCsv(page, '#period-list'), { columns: true });
    const figures = (p: Record<string, unknown>) => [p.periodStart, String(p.value), String(p.sampleSize), p.outcome];
    expect(csv.map(figures)).toEqual(json.periods.map(figures));
    await expect(page.locator('#sla-periods tbody tr').count()).resolves.toBe(json.periods.length);
    await expect(accessibilityProblems(page, 'sla')).resolves.toEqual([]);

    await page.getByRole('link', { name: /^2026-11-30/ }).click();
    await page.locator('#evidence tbody tr').first().waitFor();
    const evidence = await page.locator('#evidence').innerText();
    expect(evidence).toContain('Met the target');
    expect(evidence).toContain('Missed the target');
    expect(evidence).not.toContain('missed');
    await expect(accessibilityProblems(page, 'sla-evidence')).resolves.toEqual([]);
  }, 240_000);

  it('records a governance review and offers the ranking, support-debt and calendar pages', async () => {
    if (skip()) return;
    await open(page, world.baseUrl, `#/contracts/${contractId}`);
    const form = page.locator('#governance-review');
    await form.getByLabel('Held on').fill('2026-12-01');
    await form.getByLabel('Attendees (comma separated)').fill('Ops lead, Vendor lead');
    await form.getByLabel('Summary').fill('Reviewed the first-response breach.');
    await submitAndWait(page, 'governance-review', 'Save governance review');
    await expect(page.locator('#notice').innerText()).resolves.toBe('Governance review of 2026-12-01 recorded.');
    for (const [hash, name] of [
      ['#/ranking', 'ranking'],
      [`#/contracts/${contractId}/support-debt`, 'support-debt'],
      ['#/calendars', 'calendars'],
    ]) {
      await open(page, world.baseUrl, hash);
      await expect(accessibilityProblems(page, name)).resolves.toEqual([]);
    }
    const calendar = page.locator('#define-calendar');
    await calendar.getByLabel('Name').fill('Manila business hours');
    await calendar.getByLabel('Time zone (e.g. Europe/Berlin)').fill('Asia/Manila');
    await calendar.getByLabel('Holidays (one YYYY-MM-DD per line)').fill('2026-12-25\n2026-12-30');
    await submitAndWait(page, 'define-calendar', 'Define calendar');
    await expect(page.locator('#calendars tbody tr').allInnerTexts()).resolves.toEqual([
      expect.stringMatching(/Manila business hours\s+Asia\/Manila\s+Mon, Tue, Wed, Thu, Fri 09:00–17:00\s+2/),
    ]);
  }, 240_000);

  it('draws every month of the date range in the credits chart, zero where none was owed, capped ones apart', async () => {
    if (skip()) return;
    await open(page, world.baseUrl, `#/contracts/${contractId}?from=2026-09-01&to=2026-12-31`);
    const chart = await page.locator('#credits-chart').evaluate((canvas: ChartCanvas) => {
      const { data } = window.Chart.getChart(canvas);
      return { labels: data.labels, credits: data.datasets[0].data, capped: data.datasets[1].data };
    });
    // Two breached weeks in November (the manual one and the ingested one) owe 2 × 5 % of the 20,000 fee,
    // capped at 5 %: 1,000 in the capped series; the other months are on the axis at zero.
    expect(chart).toEqual({
      labels: ['2026-09', '2026-10', '2026-11', '2026-12'],
      credits: [0, 0, 0, 0],
      capped: [0, 0, 1000, 0],
    });
    await expect(page.locator('#credits-chart').getAttribute('aria-label')).resolves.toBe(
      'Service credits for 4 months, 1 at the cap',
    );
  }, 240_000);
});
