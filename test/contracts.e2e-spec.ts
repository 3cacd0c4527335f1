import { Clock } from '@vendorwatch/event-store';
import { ALL_SECTIONS, minimalContract, vendorIn } from './helpers/contracts-fixtures';
import { bearer, requestsAs, userWithRole } from './helpers/auth';
import { startTestApp, TestApp } from './helpers/test-app';
import { eventually } from './helpers/eventually';

describe('contracts', () => {
  let t: TestApp;
  let procurement: string;
  let ops: string;
  let approvedVendor: string;

  beforeAll(async () => {
    t = await startTestApp();
    procurement = (await userWithRole(t, 'procurement')).token;
    ops = (await userWithRole(t, 'ops_manager')).token;
    approvedVendor = await vendorIn(t, procurement, 'approved');
    t.app.get(Clock).set('2026-04-01T12:00:00.000Z');
  });
  afterAll(() => t.close());

  const { post, patch, get } = requestsAs(
    () => t,
    () => procurement,
  );

  it('takes a contract with every section from draft to live', async () => {
    const drafted = await post('/contracts', { ...minimalContract(approvedVendor), ...ALL_SECTIONS }).expect(201);
    const id = drafted.body.id;
    expect(drafted.body).toEqual({ id: expect.any(String), version: 1, position: expect.stringMatching(/^\d+$/) });

    const amended = await patch(
      `/contracts/${id}`,
      { title: 'EU chat support', goals: { toneGuidelines: 'Warm and brief' } },
      ops,
    ).expect(200);
    expect(amended.body.version).toBe(2);
    await post(`/contracts/${id}/sign`, { signedAt: '2026-01-10T09:00:00.000Z' }).expect(201);
    for (const milestone of ['product_walkthrough', 'real_case_training', 'shadowing', 'documentation_access']) {
      await post(
        `/contracts/${id}/onboarding-milestones`,
        { milestone, completedAt: '2026-01-20T09:00:00.000Z' },
        ops,
      ).expect(201);
    }
    await post(`/contracts/${id}/go-live`, { liveAt: '2026-02-01T00:00:00.000Z' }, ops).expect(201);
    const reviewed = await post(
      `/contracts/${id}/governance-reviews`,
      {
        heldAt: '2026-03-02T15:00:00.000Z',
        attendees: ['Ops lead', 'Vendor account manager'],
        summary: 'FRT on track',
        actionItems: ['Refresh macros'],
      },
      ops,
    ).expect(201);
    expect(reviewed.body.version).toBe(9);

    const contract = await get(`/contracts/${id}`, reviewed.body.position).expect(200);
    expect(contract.headers['x-projection-position']).toMatch(/^\d+$/);
    expect(contract.body).toEqual({
      id,
      ...minimalContract(approvedVendor),
      ...ALL_SECTIONS,
      title: 'EU chat support',
      goals: { ...ALL_SECTIONS.goals, toneGuidelines: 'Warm and brief' },
      status: 'live',
      draftedAt: '2026-04-01T12:00:00.000Z',
      signedAt: '2026-01-10T09:00:00.000Z',
      liveAt: '2026-02-01T00:00:00.000Z',
      milestones: [
        { milestone: 'product_walkthrough', completedAt: '2026-01-20T09:00:00.000Z' },
        { milestone: 'real_case_training', completedAt: '2026-01-20T09:00:00.000Z' },
        { milestone: 'shadowing', completedAt: '2026-01-20T09:00:00.000Z' },
        { milestone: 'documentation_access', completedAt: '2026-01-20T09:00:00.000Z' },
      ],
      governanceReviews: [
        {
          heldAt: '2026-03-02T15:00:00.000Z',
          attendees: ['Ops lead', 'Vendor account manager'],
          summary: 'FRT on track',
          actionItems: ['Refresh macros'],
        },
      ],
      termination: null,
      slaIds: [],
      version: 9,
    });

    const history = await t.http.get(`/api/v1/contracts/${id}/history`).set(bearer(ops)).expect(200);
    expect(history.body.total).toBe(9);
    expect(history.body.items.map((e: { type: string }) => e.type)).toEqual([
      'ContractDrafted',
      'ContractAmended',
      'ContractSigned',
      'OnboardingMilestoneCompleted',
      'OnboardingMilestoneCompleted',
      'OnboardingMilestoneCompleted',
      'OnboardingMilestoneCompleted',
      'ContractWentLive',
      'GovernanceReviewHeld',
    ]);
    expect(history.body.items[1].data).toEqual({
      contractId: id,
      vendorId: approvedVendor,
      changes: { title: 'EU chat support', goals: { toneGuidelines: 'Warm and brief' } },
      amendedAt: '2026-04-01T12:00:00.000Z',
    });

    // The vendors context activates the vendor in reaction to ContractWentLive.
    await eventually(async () => {
      const vendor = await get(`/vendors/${approvedVendor}`, reviewed.body.position).expect(200);
      expect(vendor.body.status).toBe('active');
    }, 15000);
  });

  it('drafts with the required terms only, and amends sections field by field', async () => {
    const { body } = await post('/contracts', minimalContract(approvedVendor)).expect(201);
    await patch(`/contracts/${body.id}`, { integration: { customerHistoryAccess: true } }).expect(200);
    const removed = await patch(`/contracts/${body.id}`, {
      integration: { knowledgeBaseAccess: true },
      serviceCreditCapPercent: 10,
    }).expect(200);
    const unchanged = await patch(`/contracts/${body.id}`, { serviceCreditCapPercent: 10 }).expect(200);
    expect(unchanged.body).toEqual({ id: body.id, version: 3, position: removed.body.position });

    const contract = await get(`/contracts/${body.id}`, unchanged.body.position).expect(200);
    expect(contract.body.integration).toEqual({ customerHistoryAccess: true, knowledgeBaseAccess: true });
    expect(contract.body.serviceCreditCapPercent).toBe(10);
    expect(contract.body.goals).toBeUndefined();
    expect(contract.body.status).toBe('draft');
    expect(contract.body.signedAt).toBeNull();
  });

  it('refuses to sign with a rejected vendor, naming its status', async () => {
    const rejected = await vendorIn(t, procurement, 'rejected');
    const { body } = await post('/contracts', minimalContract(rejected)).expect(201);
    const res = await post(`/contracts/${body.id}/sign`, {}).expect(409);
    expect(res.body).toEqual({
      statusCode: 409,
      error: 'Conflict',
      code: 'VENDOR_NOT_APPROVED',
      message: `Vendor ${rejected} is rejected; a contract can be signed only with an approved or active vendor.`,
    });
  });

  it('refuses to sign with a prospect vendor until it is approved', async () => {
    const prospect = await vendorIn(t, procurement, 'prospect');
    const { body } = await post('/contracts', minimalContract(prospect)).expect(201);
    expect((await post(`/contracts/${body.id}/sign`, {}).expect(409)).body.message).toContain('is prospect');
  });

  it('answers 412 with the current version to a stale If-Match', async () => {
    const { body } = await post('/contracts', minimalContract(approvedVendor)).expect(201);
    await patch(`/contracts/${body.id}`, { title: 'First change' }).set('If-Match', '1').expect(200);
    const stale = await patch(`/contracts/${body.id}`, { title: 'Second change' }).set('If-Match', '1').expect(412);
    expect(stale.body).toMatchObject({ statusCode: 412, code: 'STALE_VERSION', currentVersion: 2 });
  });

  it('enforces the status machine', async () => {
    const { body } = await post('/contracts', minimalContract(approvedVendor)).expect(201);
    expect((await post(`/contracts/${body.id}/go-live`, {}, ops).expect(409)).body.message).toContain('is draft');
    await post(
      `/contracts/${body.id}/governance-reviews`,
      { heldAt: '2026-03-01T00:00:00Z', attendees: ['a'], summary: 's' },
      ops,
    ).expect(409);
    await post(`/contracts/${body.id}/terminate`, { reason: 'Budget cut', effectiveDate: '2026-04-30' }).expect(201);
    expect((await patch(`/contracts/${body.id}`, { title: 'Too late' }).expect(409)).body.message).toContain(
      'terminated',
    );
    await post(`/contracts/${body.id}/onboarding-milestones`, { milestone: 'shadowing' }, ops).expect(409);
    await post(`/contracts/${body.id}/terminate`, { reason: 'Again', effectiveDate: '2026-04-30' }).expect(409);
  });

  it('takes a lower-case currency as its ISO 4217 code, and refuses a channel the vendor does not offer (422)', async () => {
    const drafted = await post(
      '/contracts',
      minimalContract(approvedVendor, { monthlyFee: { amount: 100, currency: 'usd' } }),
    ).expect(201);
    const history = await t.http
      .get(`/api/v1/contracts/${drafted.body.id}/history`)
      .set(bearer(procurement))
      .expect(200);
    expect(history.body.items[0].data.monthlyFee).toEqual({ amount: 100, currency: 'USD' });

    // The vendor offers chat and email.
    const voice = await post('/contracts', minimalContract(approvedVendor, { channels: ['chat', 'voice'] })).expect(
      422,
    );
    expect(voice.body).toMatchObject({ code: 'CHANNEL_NOT_OFFERED' });
    expect(voice.body.message).toContain('does not offer voice');
    const amended = await patch(`/contracts/${drafted.body.id}`, { channels: ['voice'] }).expect(422);
    expect(amended.body.code).toBe('CHANNEL_NOT_OFFERED');
    await patch(`/contracts/${drafted.body.id}`, { channels: ['email'] }).expect(200);
  });

  it('rejects invalid terms', async () => {
    const invalid = [
      { coverage: { demand: { timezone: 'Mars/Olympus', windows: [] } } },
      { coverage: { vendorShifts: [{ timezone: 'Asia/Manila', days: ['mon'], start: '24:00', end: '08:00' }] } },
      { coverage: { vendorShifts: [{ timezone: 'Asia/Manila', days: ['funday'], start: '20:00', end: '08:00' }] } },
      { monthlyFee: { amount: 100, currency: 'XYZ' } },
      { monthlyFee: { amount: -1, currency: 'USD' } },
      { startDate: '2026-02-30' },
      { channels: [] },
      { serviceCreditCapPercent: 101 },
      { governance: { reviewCadenceDays: 0 } },
      { surprise: true },
    ];
    for (const overrides of invalid) {
      const res = await post('/contracts', minimalContract(approvedVendor, overrides));
      expect([res.status, overrides]).toEqual([400, overrides]);
    }
    expect(
      (await post('/contracts', minimalContract(approvedVendor, { endDate: '2025-12-31' })).expect(422)).body.message,
    ).toContain('endDate');
    const { body } = await post('/contracts', minimalContract(approvedVendor)).expect(201);
    await patch(`/contracts/${body.id}`, { vendorId: approvedVendor }).expect(400);
    await patch(`/contracts/${body.id}`, { title: null }).expect(422);
  });

  it('needs a registered vendor to draft (422: the id is a value in the body)', async () => {
    const res = await post('/contracts', minimalContract('00000000-0000-4000-8000-000000000000')).expect(422);
    expect(res.body.message).toBe('Vendor 00000000-0000-4000-8000-000000000000 is not registered.');
  });

  it('lets each role do only its part, and shows vendor users only their own contracts', async () => {
    await post('/contracts', minimalContract(approvedVendor), ops).expect(403);
    const otherVendor = await vendorIn(t, procurement, 'approved');
    const other = await post('/contracts', minimalContract(otherVendor, { title: 'Other vendor' })).expect(201);
    const vendorUser = (await userWithRole(t, 'vendor', { vendorId: otherVendor })).token;

    const list = await get('/contracts?limit=10', other.body.position, vendorUser).expect(200);
    expect(list.body).toMatchObject({ total: 1, limit: 10, offset: 0 });
    expect(list.body.items.map((c: { title: string }) => c.title)).toEqual(['Other vendor']);
    const mine = await get(`/contracts?vendorId=${approvedVendor}&status=draft`, other.body.position).expect(200);
    expect(
      mine.body.items.every(
        (c: { vendorId: string; status: string }) => c.vendorId === approvedVendor && c.status === 'draft',
      ),
    ).toBe(true);
    expect(mine.body.total).toBeGreaterThan(0);

    const own = await get(`/contracts/${other.body.id}`, other.body.position, vendorUser).expect(200);
    expect(own.body.vendorId).toBe(otherVendor);
    const foreign = (await get(`/contracts?vendorId=${approvedVendor}`, other.body.position).expect(200)).body.items[0]
      .id;
    await get(`/contracts/${foreign}`, other.body.position, vendorUser).expect(404);
    await t.http.get(`/api/v1/contracts/${foreign}/history`).set(bearer(vendorUser)).expect(404);
    await patch(`/contracts/${other.body.id}`, { title: 'Vendor edit' }, vendorUser).expect(403);
  });
});
