import { Clock } from '@vendorwatch/event-store';
import { adminToken, bearer, userWithRole } from './helpers/auth';
import {
  Actors,
  contractChecklist,
  draftContract,
  goLive,
  itemOf,
  read,
  registerVendor,
  signInActors,
  write,
} from './helpers/checklist-fixtures';
import { startTestApp, TestApp } from './helpers/test-app';

const DAY_MS = 86_400_000;
const NOW = '2026-04-01T09:00:00.000Z';
const STANDARD = ['price', 'training_depth', 'qa_discipline', 'escalation_handling', 'operational_maturity'];

/** Vendor items (2, 8, 9), the vendor-level checklist and vendor scope. */
describe('checklist: vendor items and the vendor checklist', () => {
  let t: TestApp;
  let actors: Actors;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    actors = await signInActors(t);
    admin = await adminToken(t);
  });
  beforeEach(() => t.app.get(Clock).set(NOW));
  afterAll(async () => {
    t.app.get(Clock).reset();
    await t.close();
  });

  const evaluate = (vendorId: string, weights: Record<string, number>) =>
    write(t, actors.procurement, 'post', `/vendors/${vendorId}/evaluations`, {
      criteria: Object.entries(weights).map(([key, weight]) => ({ key, score: 3, weight })),
      pricing: { model: 'per_ticket', rate: { amount: 2, currency: 'USD' } },
    });

  it('item 2 price_only_selection: no evaluation → price share 0.55 → balanced evaluation', async () => {
    const vendor = await registerVendor(t, actors);
    const contract = await draftContract(t, actors, vendor.id);
    expect(
      itemOf(await contractChecklist(t, admin, contract.id, contract.position), 'price_only_selection'),
    ).toMatchObject({ status: 'fail', evidence: ['The vendor has not been evaluated yet'] });
    // price 5.5 of 10 = 0.55; the four others 1.125 each.
    const heavy = await evaluate(vendor.id, Object.fromEntries(STANDARD.map((k) => [k, k === 'price' ? 5.5 : 1.125])));
    expect(
      itemOf(await contractChecklist(t, admin, contract.id, heavy.position), 'price_only_selection'),
    ).toMatchObject({
      status: 'warn',
      evidence: [
        'Price carries 55 % of the evaluation weight',
        'All four non-price criteria were scored (training depth, QA discipline, escalation handling and operational maturity)',
      ],
    });
    const tooHeavy = await evaluate(vendor.id, { price: 7, training_depth: 3 });
    expect(
      itemOf(await contractChecklist(t, admin, contract.id, tooHeavy.position), 'price_only_selection'),
    ).toMatchObject({
      status: 'fail',
      evidence: [
        'Price carries 70 % of the evaluation weight',
        'Not scored: QA discipline, escalation handling and operational maturity',
      ],
    });
    // price 4 of 10 = 0.40, the boundary of pass.
    const balanced = await evaluate(vendor.id, Object.fromEntries(STANDARD.map((k) => [k, k === 'price' ? 4 : 1.5])));
    expect(
      itemOf(await contractChecklist(t, admin, contract.id, balanced.position), 'price_only_selection'),
    ).toMatchObject({
      status: 'pass',
      evidence: [
        'Price carries 40 % of the evaluation weight',
        'All four non-price criteria were scored (training depth, QA discipline, escalation handling and operational maturity)',
      ],
    });
  });

  it('item 9 vendor_vetting: nothing → one reference → two favourable references and four verified items', async () => {
    const vendor = await registerVendor(t, actors);
    const contract = await draftContract(t, actors, vendor.id);
    expect(itemOf(await contractChecklist(t, admin, contract.id, contract.position), 'vendor_vetting').status).toBe(
      'fail',
    );
    const one = await write(t, actors.procurement, 'post', `/vendors/${vendor.id}/reference-checks`, {
      company: 'Globex',
      contactRole: 'COO',
      outcome: 'positive',
    });
    expect(itemOf(await contractChecklist(t, admin, contract.id, one.position), 'vendor_vetting')).toMatchObject({
      status: 'warn',
      evidence: [
        '1 favourable (positive or neutral) reference check of 1',
        'Nothing verified in due diligence yet',
        expect.stringMatching(/^Not verified: case handling review \(not recorded\)/),
      ],
    });
    await write(t, actors.procurement, 'post', `/vendors/${vendor.id}/reference-checks`, {
      company: 'Initech',
      contactRole: 'CX lead',
      outcome: 'neutral',
    });
    let last = one;
    for (const item of ['case_handling_review', 'qa_process', 'peak_volume_handling', 'change_management']) {
      last = await write(t, actors.procurement, 'post', `/vendors/${vendor.id}/due-diligence`, {
        item,
        outcome: 'verified',
      });
    }
    expect(itemOf(await contractChecklist(t, admin, contract.id, last.position), 'vendor_vetting')).toMatchObject({
      status: 'pass',
      recommendation: '',
    });
  });

  it('item 8 agent_churn: no report before go-live → live without report → 72 % attrition → 24 % → report goes stale', async () => {
    const vendor = await registerVendor(t, actors);
    await evaluate(vendor.id, { price: 1, training_depth: 1 });
    await write(t, actors.procurement, 'post', `/vendors/${vendor.id}/approve`, { rationale: 'ok' });
    const contract = await draftContract(t, actors, vendor.id);
    expect(itemOf(await contractChecklist(t, admin, contract.id, contract.position), 'agent_churn')).toMatchObject({
      status: 'warn',
      evidence: ['No roster report from the vendor yet', 'The vendor has no live contract'],
    });
    const live = await goLive(t, actors, contract.id, NOW);
    expect(itemOf(await contractChecklist(t, admin, contract.id, live.position), 'agent_churn')).toMatchObject({
      status: 'fail',
      evidence: ['No roster report from the vendor yet', 'The vendor has a live contract'],
    });
    // 6 leavers / ((100 + 100) / 2) = 6 % a month → 72 % a year.
    const high = await write(t, actors.ops, 'post', `/vendors/${vendor.id}/roster-reports`, {
      month: '2026-03',
      headcountStart: 100,
      headcountEnd: 100,
      leavers: 6,
      hires: 6,
    });
    expect(itemOf(await contractChecklist(t, admin, contract.id, high.position), 'agent_churn')).toMatchObject({
      status: 'fail',
      evidence: [
        'Last roster report on 2026-04-01, 0 days ago',
        'Agents leaving at 72.0 % a year (2026-03)',
        'The vendor has a live contract',
      ],
    });
    // 2 / 100 × 12 × 100 = 24 %.
    const low = await write(t, actors.ops, 'post', `/vendors/${vendor.id}/roster-reports`, {
      month: '2026-03',
      headcountStart: 100,
      headcountEnd: 100,
      leavers: 2,
      hires: 2,
    });
    expect(itemOf(await contractChecklist(t, admin, contract.id, low.position), 'agent_churn').status).toBe('pass');
    t.app.get(Clock).advance(63 * DAY_MS);
    expect(itemOf(await contractChecklist(t, admin, contract.id, low.position), 'agent_churn')).toMatchObject({
      status: 'fail',
      evidence: [
        'Last roster report on 2026-04-01, 63 days ago',
        'Agents leaving at 24.0 % a year (2026-03)',
        'The vendor has a live contract',
      ],
    });
  });

  it('GET /vendors/:id/checklist: worst status per item across non-terminated contracts; vendor items only without contracts', async () => {
    const vendor = await registerVendor(t, actors);
    const empty = await read(t, admin, `/vendors/${vendor.id}/checklist`, vendor.position).expect(200);
    // 11 fails (2 and 9 judged, the contract items without a contract) × 2 + item 8 warn (nothing live) = 23.
    expect(empty.body).toMatchObject({ vendorId: vendor.id, contracts: [], riskScore: 23, grade: 'D' });
    expect(empty.body.items.map((i: { status: string }) => i.status)).toEqual([
      'fail',
      'fail',
      'fail',
      'fail',
      'fail',
      'fail',
      'fail',
      'warn',
      'fail',
      'fail',
      'fail',
      'fail',
    ]);
    expect(empty.body.items[0].evidence).toEqual(['No contract with the vendor yet']);

    const goals = {
      responseTimeTargets: 'a',
      escalationBoundaries: 'b',
      toneGuidelines: 'c',
      resolutionStandards: 'd',
    };
    await draftContract(t, actors, vendor.id, { title: 'Chat', goals });
    const email = await draftContract(t, actors, vendor.id, { title: 'Email', goals: { toneGuidelines: 'c' } });
    const voice = await draftContract(t, actors, vendor.id, { title: 'Voice' });
    const terminated = await write(t, actors.procurement, 'post', `/contracts/${voice.id}/terminate`, {
      reason: 'cancelled',
      effectiveDate: '2026-04-30',
    });
    const res = await read(t, admin, `/vendors/${vendor.id}/checklist`, terminated.position).expect(200);
    expect(res.body.contracts.map((c: { title: string }) => c.title).sort()).toEqual(['Chat', 'Email']);
    expect(itemOf(res.body, 'clear_goals')).toMatchObject({
      status: 'warn',
      evidence: [
        'Email: Goals written down: tone guidelines',
        'Email: Goals missing: response-time targets, escalation boundaries and resolution standards',
      ],
    });
    expect(res.body.contracts.find((c: { contractId: string }) => c.contractId === email.id)).toMatchObject({
      grade: 'D',
    });
  });

  it('vendor users see only their own vendor and contracts (404 otherwise)', async () => {
    const mine = await registerVendor(t, actors);
    const theirs = await registerVendor(t, actors);
    const myContract = await draftContract(t, actors, mine.id);
    const theirContract = await draftContract(t, actors, theirs.id);
    const staff = await userWithRole(t, 'vendor', { vendorId: mine.id });
    await read(t, staff.token, `/contracts/${myContract.id}/checklist`, theirContract.position).expect(200);
    await read(t, staff.token, `/vendors/${mine.id}/checklist`).expect(200);
    await read(t, staff.token, `/contracts/${theirContract.id}/checklist`).expect(404);
    await read(t, staff.token, `/vendors/${theirs.id}/checklist`).expect(404);
    await t.http.get('/api/v1/reports/vendor-ranking').set(bearer(staff.token)).expect(403);
  });
});
