import { AddressInfo } from 'node:net';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';
import { seedScenario, SeedSize, SeedSummary } from '../apps/cli/src/seed/scenario';
import { SeedClient } from '../apps/cli/src/seed/seed-client';
import { CHROMIUM_ARGS, ensureChromium } from './helpers/chromium';
import { ADMIN, startTestApp, TestApp } from './helpers/test-app';

/** The demo scenario of `npm run seed`, smaller: 8 weeks from every 6th helpdesk case. */
const SIZE: SeedSize = { weeks: 8, caseEvery: 6 };
const ARTIFACTS = join(__dirname, 'artifacts');

/** The little of the browser's globals the assertions read (the tests compile without the DOM library). */
interface ChartCanvas {
  dataset: Record<string, string | undefined>;
}
declare const window: { Chart: { getChart(canvas: ChartCanvas): { data: { labels: unknown[] } } | undefined } };

describe('dashboard (browser)', () => {
  const chromiumInstall = ensureChromium();
  let t: TestApp;
  let baseUrl: string;
  let admin: SeedClient;
  let seeded: SeedSummary;
  let browser: Browser | undefined;

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    admin = await new SeedClient(baseUrl).as(ADMIN.email, ADMIN.password);
    seeded = await seedScenario(admin, { size: SIZE, password: 'demo-password-for-tests' });
    if (chromiumInstall.path)
      browser = await chromium.launch({ executablePath: chromiumInstall.path, args: CHROMIUM_ARGS });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function signIn(page: Page): Promise<void> {
    await page.goto(`${baseUrl}/`);
    await page.getByLabel('Email').fill(ADMIN.email);
    await page.getByLabel('Password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Vendors', level: 1 }).waitFor();
  }

  const chartPeriods = (page: Page, slaId: string) =>
    page.locator(`#sla-chart-${slaId}`).evaluate((canvas: ChartCanvas) => ({
      periods: canvas.dataset.periods,
      rendered: canvas.dataset.rendered,
      labels: window.Chart.getChart(canvas)?.data.labels.length,
    }));

  it('signs in, shows a vendor with its grade, and a contract with its checklist and compliance charts', async () => {
    if (!browser) {
      console.warn(`Dashboard browser test skipped: no Chromium (${chromiumInstall.reason}).`);
      return;
    }
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      await signIn(page);

      const vendorChecklist = await admin.get<{ grade: string }>(`/vendors/${seeded.vendors.northwind}/checklist`);
      await page.getByRole('link', { name: 'Northwind Support Services' }).click();
      await page.getByRole('heading', { name: /Northwind Support Services/, level: 1 }).waitFor();
      await expect(page.locator('#vendor-grade').innerText()).resolves.toBe(vendorChecklist.grade);

      await page.getByRole('link', { name: 'Global chat & email support' }).click();
      await page.locator('#checklist').waitFor();
      // All four goals are written into the Northwind contract: SPEC §8 item 1 passes.
      await expect(page.locator('#checklist tr[data-item="clear_goals"] .item-status').innerText()).resolves.toBe(
        'pass',
      );
      const contractChecklist = await admin.get<{ grade: string }>(
        `/contracts/${seeded.contracts.northwindLive}/checklist`,
      );
      await expect(page.locator('#contract-grade').innerText()).resolves.toBe(contractChecklist.grade);

      // Operations' weekly adherence figures: one point per seeded week.
      const adherence = seeded.slas.find((s) => s.contractKey === 'northwindLive' && s.plan.metric === 'custom')!;
      await expect(chartPeriods(page, adherence.id)).resolves.toEqual({
        periods: String(SIZE.weeks),
        rendered: 'true',
        labels: SIZE.weeks,
      });
      // The first-response SLA computed from the ingested helpdesk interactions: one point per seeded week.
      const firstResponse = seeded.slas.find(
        (s) => s.contractKey === 'northwindLive' && s.plan.metric === 'first_response_time',
      )!;
      await expect(chartPeriods(page, firstResponse.id)).resolves.toEqual({
        periods: String(SIZE.weeks),
        rendered: 'true',
        labels: SIZE.weeks,
      });

      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, 'dashboard-contract.png'), fullPage: true });
    } finally {
      await page.close();
    }
  }, 120_000);
});
