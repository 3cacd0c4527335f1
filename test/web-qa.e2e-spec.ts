import { Page } from 'playwright-core';
import { adminToken, bearer, userWithRole } from './helpers/auth';
import {
  accessibilityProblems,
  BrowserWorld,
  idle,
  newPage,
  open,
  signIn,
  startBrowserWorld,
  stopBrowserWorld,
  submitAndWait,
} from './helpers/browser';
import { write } from './helpers/checklist-fixtures';
import { SCORECARD_V1 } from './helpers/qa-fixtures';
import { settled } from './helpers/test-app';
import { vendorBody } from './helpers/vendors-fixtures';

type User = Awaited<ReturnType<typeof userWithRole>>;

/** QA in the web app: a reviewer logs a review (live score), the vendor disputes it, another reviewer resolves it. */
describe('web app: QA reviewers and vendor users (browser)', () => {
  let world: BrowserWorld;
  let reviewer: User;
  let secondReviewer: User;
  let vendorUser: User;
  let otherVendorId: string;
  let contractId: string;
  let slaId: string;
  let reviewId: string;
  let page: Page;

  beforeAll(async () => {
    world = await startBrowserWorld();
    const t = world.t;
    const admin = await adminToken(t);
    const vendorId = (await write(t, admin, 'post', '/vendors', vendorBody('Echo Support'))).id;
    otherVendorId = (await write(t, admin, 'post', '/vendors', vendorBody('Foxtrot Care'))).id;
    contractId = (
      await write(t, admin, 'post', '/contracts', {
        vendorId,
        title: 'Echo chat support',
        startDate: '2026-01-01',
        endDate: '2027-12-31',
        channels: ['chat'],
        monthlyFee: { amount: 30000, currency: 'USD' },
      })
    ).id;
    [reviewer, secondReviewer, vendorUser] = await Promise.all([
      userWithRole(t, 'qa_reviewer'),
      userWithRole(t, 'qa_reviewer'),
      userWithRole(t, 'vendor', { vendorId }),
    ]);
    slaId = (
      await write(t, admin, 'post', `/contracts/${contractId}/slas`, {
        name: 'Customer satisfaction',
        metric: 'csat',
        objective: { kind: 'min', target: 80 },
        period: 'week',
        minimumSample: 10,
        serviceCreditPercent: 2,
      })
    ).id;
    await write(t, admin, 'post', `/slas/${slaId}/measurements`, {
      periodStart: '2026-11-23',
      value: 76,
      sampleSize: 40,
    });
    const scorecard = await write(t, reviewer.token, 'post', '/scorecards', SCORECARD_V1);
    // Written outside the browser: the pages may read them only once every read model has them.
    await settled(t, scorecard.position);
  }, 240_000);

  afterAll(() => stopBrowserWorld(world));

  const skip = () => {
    if (world.browser) return false;
    console.warn(`Browser test skipped: ${world.skipReason}`);
    return true;
  };

  /** Signs in as another user: a fresh browser context, so nothing of the previous session is left. */
  async function as(user: User, hash: string) {
    await page?.context().close();
    page = await newPage(world);
    await signIn(page, world.baseUrl, user.email, user.password);
    await open(page, world.baseUrl, hash);
  }

  it('logs a review with the score computed live from the scorecard’s weights, auto-fail included', async () => {
    if (skip()) return;
    await as(reviewer, '#/qa');
    const form = page.locator('#review-form');
    await form.getByLabel('Interaction id (from the helpdesk)').fill('CHAT-1001');
    await form.getByLabel('Occurred at (UTC)').fill('2026-11-30T10:15');
    await form.getByLabel('Agent', { exact: true }).fill('agent-7');
    await form.getByLabel('Channel').selectOption('chat');
    const answer = (label: string) => form.getByLabel(new RegExp(`^${label}`));
    await answer('Greets the customer').selectOption('4');
    await answer('Answer is accurate').selectOption('7');
    await answer('Verifies identity').selectOption('1');
    // (1·4/5 + 3·7/10 + 2·1/1) / 6 × 100 = 81.7
    await expect(form.locator('#live-score').innerText()).resolves.toBe('81.7');
    await answer('Verifies identity').selectOption('0');
    await expect(form.locator('#live-score').innerText()).resolves.toMatch(/^0 — auto-failed/);
    await answer('Verifies identity').selectOption('1');
    await answer('Greets the customer').selectOption('');
    // Not applicable leaves greeting out: (3·0.7 + 2·1) / 5 × 100 = 82.0
    await expect(form.locator('#live-score').innerText()).resolves.toBe('82.0');
    await answer('Greets the customer').selectOption('4');
    await expect(accessibilityProblems(page, 'qa-reviews')).resolves.toEqual([]);

    await submitAndWait(page, 'review-form', 'Submit review');
    await page.getByRole('heading', { name: 'Review of CHAT-1001' }).waitFor();
    reviewId = page.url().split('#/qa/')[1];
    const stored = await world.t.http.get(`/api/v1/qa-reviews/${reviewId}`).set(bearer(reviewer.token)).expect(200);
    expect(stored.body.score).toBe(81.7);
    await expect(page.locator('#review-score').innerText()).resolves.toBe('81.7');
    await expect(page.locator('#review-status').innerText()).resolves.toContain('submitted');
  }, 240_000);

  it('lets the vendor user dispute the review, and see only its own vendor', async () => {
    if (skip()) return;
    await as(vendorUser, `#/qa/${reviewId}`);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link').allInnerTexts()).resolves.toEqual([
      'My company',
      'Contracts',
      'Escalations',
      'QA reviews',
    ]);
    await page
      .locator('#dispute-review')
      .getByLabel('Why the score is wrong')
      .fill('The customer was verified by SMS.');
    await submitAndWait(page, 'dispute-review', 'Dispute review');
    await expect(page.locator('#review-status').innerText()).resolves.toContain('disputed');
    await expect(page.locator('#dispute-reason').innerText()).resolves.toContain('verified by SMS');
    await expect(accessibilityProblems(page, 'qa-review-vendor')).resolves.toEqual([]);

    await open(page, world.baseUrl, '#/qa');
    await expect(page.locator('#qa-reviews tbody tr').count()).resolves.toBe(1);
    await open(page, world.baseUrl, `#/vendors/${otherVendorId}`);
    await expect(page.locator('main h1').innerText()).resolves.toBe('Page not found');
    await open(page, world.baseUrl, `#/contracts/${contractId}`);
    await expect(page.locator('#contract-status').innerText()).resolves.toContain('draft');
    await expect(page.locator('#review-pack').isVisible()).resolves.toBe(true);
  }, 240_000);

  it('lets the vendor user dispute an SLA period with its own figure', async () => {
    if (skip()) return;
    await open(page, world.baseUrl, `#/slas/${slaId}`);
    await page.getByRole('link', { name: /^2026-11-23/ }).click();
    const form = page.locator('#dispute-period');
    await form.getByLabel('Why the figure is wrong').fill('Ten surveys were sent twice.');
    await form.getByLabel('Your figure').fill('81');
    await form.getByLabel('Your sample size').fill('30');
    await submitAndWait(page, 'dispute-period', 'Dispute period');
    await expect(page.locator('#period-dispute').innerText()).resolves.toBe(
      'Dispute open: Ten surveys were sent twice.',
    );
    await expect(page.locator('#dispute-period').count()).resolves.toBe(0);
    await expect(accessibilityProblems(page, 'sla-period-vendor')).resolves.toEqual([]);
  }, 240_000);

  it('keeps the author from resolving the dispute; another reviewer resolves it', async () => {
    if (skip()) return;
    await as(reviewer, `#/qa/${reviewId}`);
    await expect(page.locator('#resolve-dispute').count()).resolves.toBe(0);
    await expect(page.locator('main').innerText()).resolves.toContain('another reviewer resolves its dispute');

    await as(secondReviewer, `#/qa/${reviewId}`);
    const form = page.locator('#resolve-dispute');
    await form.getByLabel('Outcome').selectOption('upheld');
    await form.getByLabel('Note to the vendor').fill('The SMS check is not an identity check.');
    await submitAndWait(page, 'resolve-dispute', 'Resolve dispute');
    await expect(page.locator('#review-status').innerText()).resolves.toContain('resolved');
    await expect(page.locator('#dispute-resolution').innerText()).resolves.toBe(
      'Dispute upheld: The SMS check is not an identity check.',
    );
    await expect(page.locator('#review-score').innerText()).resolves.toBe('81.7');
    await expect(accessibilityProblems(page, 'qa-review')).resolves.toEqual([]);
  }, 240_000);

  it('lets the vendor user acknowledge the feedback once the dispute is settled', async () => {
    if (skip()) return;
    await as(vendorUser, `#/qa/${reviewId}`);
    await page.locator('#acknowledge-review').getByLabel('Coaching given').fill('Coached on identity checks.');
    await submitAndWait(page, 'acknowledge-review', 'Acknowledge review');
    await expect(page.locator('main').innerText()).resolves.toMatch(
      /Acknowledged by the vendor .*: Coached on identity checks\./,
    );
    await expect(page.locator('#acknowledge-review').count()).resolves.toBe(0);
  }, 240_000);

  it('answers an unknown address with a real 404 page', async () => {
    if (skip()) return;
    await open(page, world.baseUrl, '#/no-such-page');
    await expect(page.locator('main h1').innerText()).resolves.toBe('Page not found');
    await expect(page.title()).resolves.toBe('Page not found · Vendorwatch');
    await idle(page);
    await expect(accessibilityProblems(page, 'not-found')).resolves.toEqual([]);
  }, 240_000);
});
