import { parse } from 'csv-parse/sync';
import { Page } from 'playwright-core';
import { adminToken, bearer, userWithRole } from './helpers/auth';
import {
  accessibilityProblems,
  BrowserWorld,
  exportedCsv,
  idle,
  newPage,
  open,
  signIn,
  startBrowserWorld,
  stopBrowserWorld,
  submitAndWait,
} from './helpers/browser';
import { write } from './helpers/checklist-fixtures';
import { settled } from './helpers/test-app';
import { vendorBody } from './helpers/vendors-fixtures';

/** Procurement's day in the web app: register, vet, approve a vendor; draft and sign its contract. */
describe('web app: procurement (browser)', () => {
  let world: BrowserWorld;
  let page: Page;
  let admin: string;

  beforeAll(async () => {
    world = await startBrowserWorld();
    admin = await adminToken(world.t);
    // Other vendors in the list, so paging, filters and the export have something to work on.
    for (const name of ['Acme Contact', 'Bravo BPO', 'Coral Care'])
      await settled(world.t, (await write(world.t, admin, 'post', '/vendors', vendorBody(name))).position);
    if (!world.browser) return;
    const procurement = await userWithRole(world.t, 'procurement');
    page = await newPage(world);
    await signIn(page, world.baseUrl, procurement.email, procurement.password);
  }, 240_000);

  afterAll(() => stopBrowserWorld(world));

  const skip = () => {
    if (world.browser) return false;
    console.warn(`Browser test skipped: ${world.skipReason}`);
    return true;
  };

  it('shows the menus of procurement, the current page highlighted, and hides them when signed out', async () => {
    if (skip()) return;
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link').allInnerTexts()).resolves.toEqual([
      'Vendors',
      'Contracts',
      'Escalations',
      'Calendars',
      'Vendor ranking',
    ]);
    await expect(nav.getByRole('link', { name: 'Vendors' }).getAttribute('aria-current')).resolves.toBe('page');
    const other = await newPage(world);
    await other.goto(`${world.baseUrl}/#/vendors`);
    await other.getByRole('heading', { name: 'Sign in to Vendorwatch' }).waitFor();
    await expect(other.getByRole('navigation', { name: 'Main' }).isHidden()).resolves.toBe(true);
    await expect(accessibilityProblems(other, 'sign-in')).resolves.toEqual([]);
    await other.context().close();
  }, 240_000);

  it('shows the API’s validation messages next to the fields, then registers, evaluates and approves a vendor', async () => {
    if (skip()) return;
    await open(page, world.baseUrl, '#/vendors');
    const form = page.locator('#register-vendor');
    await form.getByLabel('Name', { exact: true }).fill('Delta Desk');
    await form.getByLabel('Country (two letters, e.g. PH)', { exact: true }).fill('ZZ');
    await form.getByLabel('Languages (comma separated, e.g. en, es)', { exact: true }).fill('en');
    await form.getByLabel('Main site: city', { exact: true }).fill('Cebu');
    await form.getByLabel('Main site: country (two letters)', { exact: true }).fill('PH');
    await form.getByLabel('Main site: time zone (e.g. Asia/Manila)', { exact: true }).fill('Asia/Manila');
    await form.getByRole('button', { name: 'Register vendor' }).click();
    // No channel chosen and an unknown country: the API's own messages, each beside its field.
    await form.locator('#f-channels-error:not(:empty)').waitFor();
    await expect(
      form.getByLabel('Country (two letters, e.g. PH)', { exact: true }).getAttribute('aria-invalid'),
    ).resolves.toBe('true');
    await form.getByLabel('Country (two letters, e.g. PH)', { exact: true }).fill('PH');
    await form.getByLabel('Chat', { exact: true }).check();
    await submitAndWait(page, 'register-vendor', 'Register vendor');
    await page.getByRole('heading', { name: 'Delta Desk', level: 1 }).waitFor();
    await expect(page.locator('#notice').innerText()).resolves.toContain('Delta Desk');
    await expect(page.locator('#vendor-status').innerText()).resolves.toContain('prospect');

    const evaluation = page.locator('#evaluate-vendor');
    for (const [criterion, score] of [
      ['Price', '3'],
      ['Training depth', '4'],
      ['QA discipline', '5'],
      ['Escalation handling', '4'],
      ['Operational maturity', '4'],
    ])
      await evaluation.getByLabel(`${criterion}: score`).selectOption(score);
    await evaluation.getByLabel('Rate', { exact: true }).fill('14.5');
    await submitAndWait(page, 'evaluate-vendor', 'Save evaluation');
    // (2·3 + 4 + 5 + 4 + 4) / 6 = 3.83; price 2 of 6 = 33 %.
    await expect(page.locator('dl.grid').innerText()).resolves.toMatch(/3\.83\s*of 5/);
    await expect(page.locator('#evaluation').innerText()).resolves.toContain('QA discipline');

    const reference = page.locator('#reference-check');
    await reference.getByLabel('Company', { exact: true }).fill('Globex');
    await reference.getByLabel('Contact’s role', { exact: true }).fill('Head of support');
    await submitAndWait(page, 'reference-check', 'Save reference check');
    await expect(page.locator('ul.facts').innerText()).resolves.toContain('Globex (Head of support) — Positive');

    await page.locator('#approve-vendor').getByLabel('Rationale', { exact: true }).fill('Strong QA discipline');
    await submitAndWait(page, 'approve-vendor', 'Approve vendor');
    await expect(page.locator('#vendor-status').innerText()).resolves.toContain('approved');
    await expect(accessibilityProblems(page, 'vendor')).resolves.toEqual([]);
  }, 240_000);

  it('drafts and signs a contract with the vendor', async () => {
    if (skip()) return;
    const draft = page.locator('#draft-contract');
    await draft.getByLabel('Title', { exact: true }).fill('Delta chat support');
    await draft.getByLabel('Start date', { exact: true }).fill('2026-01-01');
    await draft.getByLabel('End date', { exact: true }).fill('2027-12-31');
    await draft.getByLabel('Chat', { exact: true }).check();
    await draft.getByLabel('Monthly fee', { exact: true }).fill('40000');
    await submitAndWait(page, 'draft-contract', 'Draft contract');
    await page.getByRole('heading', { name: /Delta chat support/, level: 1 }).waitFor();
    await expect(page.locator('#contract-status').innerText()).resolves.toContain('draft');
    await submitAndWait(page, 'sign-contract', 'Sign contract');
    await expect(page.locator('#contract-status').innerText()).resolves.toMatch(/signed .*signed \d{4}-/);
    await expect(accessibilityProblems(page, 'contract')).resolves.toEqual([]);
  }, 240_000);

  it('filters, searches, sorts and exports the vendor list as the API’s CSV', async () => {
    if (skip()) return;
    await open(page, world.baseUrl, '#/vendors');
    await page.getByLabel('Search by name', { exact: true }).fill('bravo');
    await page.getByRole('button', { name: 'Apply' }).click();
    await idle(page);
    await expect(page.locator('#vendors tbody tr').allInnerTexts()).resolves.toEqual([
      expect.stringContaining('Bravo BPO'),
    ]);
    await page.getByLabel('Search by name', { exact: true }).fill('');
    await page.getByLabel('Status', { exact: true }).selectOption('prospect');
    await page.getByRole('button', { name: 'Apply' }).click();
    await idle(page);
    const byName = page.locator('#vendors').getByRole('button', { name: 'Vendor', exact: true });
    await byName.click();
    await byName.click();
    await expect(page.locator('#vendors th').first().getAttribute('aria-sort')).resolves.toBe('descending');
    await expect(page.locator('#vendors tbody td:first-child').allInnerTexts()).resolves.toEqual([
      'Coral Care',
      'Bravo BPO',
      'Acme Contact',
    ]);
    await expect(accessibilityProblems(page, 'vendors')).resolves.toEqual([]);

    await page.getByLabel('Status', { exact: true }).selectOption('');
    await page.getByRole('button', { name: 'Apply' }).click();
    await idle(page);
    const csv: Record<string, string>[] = parse(await exportedCsv(page, '#vendor-list'), { columns: true });
    const json = await world.t.http.get('/api/v1/vendors?limit=200').set(bearer(admin)).expect(200);
    expect(csv.map((row) => [row.id, row.name, row.status, row['evaluation.weightedScore'] ?? ''])).toEqual(
      json.body.items.map(
        (v: { id: string; name: string; status: string; evaluation: { weightedScore: number } | null }) => [
          v.id,
          v.name,
          v.status,
          v.evaluation ? String(v.evaluation.weightedScore) : '',
        ],
      ),
    );
    expect(csv.length).toBeGreaterThanOrEqual(3);
  }, 240_000);
});
