import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, readFileSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from './chromium';
import { startTestApp, TestApp } from './test-app';

const ARTIFACTS = join(__dirname, '..', 'artifacts');
export const WIDE = { width: 1280, height: 900 };
export const NARROW = { width: 390, height: 844 };

/** The product listening on a free port, and Debian's Chromium (undefined, with the reason, where it is missing). */
export interface BrowserWorld {
  t: TestApp;
  baseUrl: string;
  browser?: Browser;
  skipReason?: string;
}

export async function startBrowserWorld(): Promise<BrowserWorld> {
  const install = ensureChromium();
  const t = await startTestApp();
  await t.app.listen(0, '127.0.0.1');
  const baseUrl = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
  const browser = install.path
    ? await chromium.launch({ executablePath: install.path, args: CHROMIUM_ARGS })
    : undefined;
  return { t, baseUrl, browser, skipReason: install.reason };
}

export async function stopBrowserWorld(world: BrowserWorld | undefined): Promise<void> {
  await world?.browser?.close();
  await world?.t.close();
}

/** A page of its own browser context (its own session storage: one signed-in user per page). */
export async function newPage(world: BrowserWorld): Promise<Page> {
  const context = await world.browser!.newContext({ viewport: WIDE, acceptDownloads: true });
  const page = await context.newPage();
  // The machine running the tests may be busy: the app retries reads while its read models catch up (503).
  page.setDefaultTimeout(90_000);
  page.on('pageerror', (error) => console.warn(`Browser error: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && console.warn(`Browser console: ${message.text()}`));
  return page;
}

export async function signIn(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/#/`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  await page.locator('main h1').first().waitFor();
}

/** Opens an address of the app and waits until its page has rendered (its heading and no pending load). */
export async function open(page: Page, baseUrl: string, hash: string): Promise<void> {
  await page.goto(`${baseUrl}/${hash}`);
  await page.locator('main:not([aria-busy]) h1').first().waitFor();
  if ((await page.locator('main h1').first().innerText()) === 'Something went wrong')
    throw new Error(`${hash} failed: ${await page.locator('#status').innerText()}`);
}

export async function submitAndWait(page: Page, formId: string, button: string): Promise<void> {
  const form = page.locator(`#${formId}`);
  await form.getByRole('button', { name: button }).click();
  const refused = form.locator('.form-error:not(:empty)');
  await Promise.race([page.locator('#notice:not(:empty)').waitFor(), refused.waitFor()]);
  if (await refused.isVisible()) {
    const fields = await form.locator('.field-error:not(:empty)').allInnerTexts();
    throw new Error(`The form ${formId} was refused: ${await refused.innerText()} ${fields.join(' | ')}`);
  }
}

/**
 * axe-core on the page as it stands, at 1280 px and at 390 px; a screenshot of each width under test/artifacts/.
 * Answers the serious and critical violations (rule, impact and the first offending element), to be empty.
 */
export async function accessibilityProblems(page: Page, name: string): Promise<string[]> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const problems: string[] = [];
  for (const [label, viewport] of [
    ['1280', WIDE],
    ['390', NARROW],
  ] as const) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: join(ARTIFACTS, `web-${name}-${label}.png`), fullPage: true });
    const result = await new AxeBuilder({ page }).analyze();
    for (const v of result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'))
      problems.push(`${label} px ${name}: ${v.id} (${v.impact}) at ${v.nodes[0]?.target.join(' ')}`);
  }
  await page.setViewportSize(WIDE);
  return problems;
}

/** The text of a CSV the page saved through its Export CSV button. */
export async function exportedCsv(page: Page, container: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`${container} button.export`).click(),
  ]);
  return readFileSync(await download.path(), 'utf8');
}

/** Waits until nothing on the page is loading (a list refreshing, a page rendering, a form sending). */
export async function idle(page: Page): Promise<void> {
  await page.locator('[aria-busy]').first().waitFor({ state: 'detached' });
}
