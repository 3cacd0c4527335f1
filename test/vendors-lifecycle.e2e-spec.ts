import { bearer, requestsAs, userWithRole } from './helpers/auth';
import { startTestApp, TestApp } from './helpers/test-app';
import { eventually } from './helpers/eventually';
import { contractGoesLive, EVALUATION, vendorBody } from './helpers/vendors-fixtures';

describe('vendors: status machine, concurrency and access', () => {
  let t: TestApp;
  let procurement: { id: string; token: string };

  beforeAll(async () => {
    t = await startTestApp();
    procurement = await userWithRole(t, 'procurement');
  });
  afterAll(() => t.close());

  const { post, get } = requestsAs(
    () => t,
    () => procurement.token,
  );

  async function approvedVendor(name: string): Promise<{ id: string; position: string }> {
    const { body } = await post('/vendors', vendorBody(name)).expect(201);
    await post(`/vendors/${body.id}/evaluations`, EVALUATION).expect(201);
    const approved = await post(`/vendors/${body.id}/approve`, { rationale: 'vetted' }).expect(201);
    return { id: body.id, position: approved.body.position };
  }

  async function expectConflict(path: string, body: object, status: string): Promise<void> {
    const res = await post(path, body).expect(409);
    expect(res.body).toEqual({
      statusCode: 409,
      error: 'Conflict',
      code: 'INVALID_STATUS',
      message: expect.stringContaining(`it is ${status}`),
    });
  }

  it('answers 409 naming the status for every forbidden change', async () => {
    const reason = { reason: 'because' };
    const { body: prospect } = await post('/vendors', vendorBody('Prospect Co')).expect(201);
    await expectConflict(`/vendors/${prospect.id}/suspend`, reason, 'prospect');
    await expectConflict(`/vendors/${prospect.id}/reinstate`, reason, 'prospect');

    const approved = await approvedVendor('Approved Co');
    await expectConflict(`/vendors/${approved.id}/approve`, { rationale: 'again' }, 'approved');
    await expectConflict(`/vendors/${approved.id}/reject`, reason, 'approved');
    await expectConflict(`/vendors/${approved.id}/suspend`, reason, 'approved');
    await expectConflict(`/vendors/${approved.id}/reinstate`, reason, 'approved');

    const { body: rejected } = await post('/vendors', vendorBody('Rejected Co')).expect(201);
    await post(`/vendors/${rejected.id}/reject`, reason).expect(201);
    await expectConflict(`/vendors/${rejected.id}/approve`, { rationale: 'changed my mind' }, 'rejected');
    await expectConflict(`/vendors/${rejected.id}/evaluations`, EVALUATION, 'rejected');
    await post(`/vendors/${rejected.id}/offboard`, reason).expect(201);
    await expectConflict(`/vendors/${rejected.id}/offboard`, reason, 'offboarded');
    await expectConflict(
      `/vendors/${rejected.id}/roster-reports`,
      { month: '2026-01', headcountStart: 1, headcountEnd: 1, leavers: 0, hires: 0 },
      'offboarded',
    );
  });

  it('becomes active when a contract goes live, once, then suspends and reinstates', async () => {
    const vendor = await approvedVendor('Golive Co');
    const live = await contractGoesLive(t, vendor.id, '11111111-1111-4111-8111-111111111111');
    const active = await eventually(async () => {
      const res = await get(`/vendors/${vendor.id}`, live).expect(200);
      expect(res.body.status).toBe('active');
      return res.body;
    });
    expect(active.contractIds).toEqual(['11111111-1111-4111-8111-111111111111']);
    await expectConflict(`/vendors/${vendor.id}/reinstate`, { reason: 'x' }, 'active');

    const secondLive = await contractGoesLive(t, vendor.id, '22222222-2222-4222-8222-222222222222');
    const withBoth = await eventually(async () => {
      const res = await get(`/vendors/${vendor.id}`, secondLive).expect(200);
      expect(res.body.contractIds).toHaveLength(2);
      return res.body;
    });
    expect(withBoth.version).toBe(active.version);

    const history = await t.http.get(`/api/v1/vendors/${vendor.id}/history`).set(bearer(procurement.token)).expect(200);
    const activations = history.body.items.filter((e: { type: string }) => e.type === 'VendorActivated');
    expect(activations).toHaveLength(1);
    expect(activations[0].data).toEqual({
      vendorId: vendor.id,
      contractId: '11111111-1111-4111-8111-111111111111',
      activatedAt: '2026-03-01T00:00:00.000Z',
    });
    expect(activations[0].metadata).toMatchObject({ actorId: 'system', actorRole: 'system' });

    await post(`/vendors/${vendor.id}/suspend`, { reason: 'breach' }).expect(201);
    await expectConflict(`/vendors/${vendor.id}/suspend`, { reason: 'again' }, 'suspended');
    const reinstated = await post(`/vendors/${vendor.id}/reinstate`, { reason: 'fixed' }).expect(201);
    expect((await get(`/vendors/${vendor.id}`, reinstated.body.position).expect(200)).body.status).toBe('active');
  });

  it('lets exactly one of two racing registrations of a name win, and frees the name on offboarding', async () => {
    const [a, b] = await Promise.all([
      post('/vendors', vendorBody('Racing Partners')),
      post('/vendors', vendorBody('RACING partners')),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    const winner = a.status === 201 ? a : b;
    const loser = a.status === 201 ? b : a;
    expect(loser.body.message).toContain('already registered');

    await post('/vendors', vendorBody('racing PARTNERS')).expect(409);
    await post(`/vendors/${winner.body.id}/offboard`, { reason: 'merged' }).expect(201);
    await post('/vendors', vendorBody('Racing Partners')).expect(201);
  });

  it('answers 412 with the current version for a stale If-Match', async () => {
    const { body } = await post('/vendors', vendorBody('Versioned Co')).expect(201);
    await post(`/vendors/${body.id}/reference-checks`, {
      company: 'A',
      contactRole: 'CTO',
      outcome: 'positive',
    }).expect(201);
    const res = await t.http
      .post(`/api/v1/vendors/${body.id}/reference-checks`)
      .set(bearer(procurement.token))
      .set('If-Match', '1')
      .send({ company: 'B', contactRole: 'CFO', outcome: 'positive' })
      .expect(412);
    expect(res.body).toMatchObject({ statusCode: 412, currentVersion: 2 });
    const fresh = await t.http
      .post(`/api/v1/vendors/${body.id}/reference-checks`)
      .set(bearer(procurement.token))
      .set('If-Match', '2')
      .send({ company: 'B', contactRole: 'CFO', outcome: 'positive' })
      .expect(201);
    expect(fresh.body.version).toBe(3);
  });

  it('replays a registration sent with the same Idempotency-Key', async () => {
    const send = () => post('/vendors', vendorBody('Idempotent Co')).set('Idempotency-Key', 'register-idempotent-co');
    const first = await send().expect(201);
    const replay = await send().expect(201);
    expect(replay.body).toEqual(first.body);
    const list = await get('/vendors?q=idempotent', first.body.position).expect(200);
    expect(list.body.total).toBe(1);
  });

  it('shows a vendor user its own vendor only, and lets it report its roster', async () => {
    const own = await approvedVendor('Own Vendor Co');
    const other = await approvedVendor('Other Vendor Co');
    const staff = await userWithRole(t, 'vendor', { vendorId: own.id });

    expect((await get(`/vendors/${own.id}`, other.position, staff.token).expect(200)).body.name).toBe('Own Vendor Co');
    await get(`/vendors/${other.id}`, other.position, staff.token).expect(404);
    await t.http.get(`/api/v1/vendors/${other.id}/history`).set(bearer(staff.token)).expect(404);
    const list = await get('/vendors', other.position, staff.token).expect(200);
    expect(list.body).toMatchObject({ total: 1, items: [{ id: own.id }] });

    const roster = { month: '2026-02', headcountStart: 20, headcountEnd: 20, leavers: 1, hires: 1 };
    await post(`/vendors/${own.id}/roster-reports`, roster, staff.token).expect(201);
    await post(`/vendors/${other.id}/roster-reports`, roster, staff.token).expect(404);
    await post(`/vendors/${own.id}/approve`, { rationale: 'self-approval' }, staff.token).expect(403);

    const ops = await userWithRole(t, 'ops_manager');
    await post(`/vendors/${other.id}/roster-reports`, roster, ops.token).expect(201);
    await post('/vendors', vendorBody('Ops Registered'), ops.token).expect(403);
  });
});
