import { adminToken, bearer, userWithRole } from './helpers/auth';
import { minimalContract, vendorIn } from './helpers/contracts-fixtures';
import { startTestApp, TestApp } from './helpers/test-app';

/** Who may register which webhook, and where to (SPEC §14), with WEBHOOK_ALLOW_PRIVATE_NETWORKS unset. */
describe('webhook registration', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await startTestApp();
    token = await adminToken(t);
  });
  afterAll(() => t.close());

  const register = (body: object, as = token) => t.http.post('/api/v1/webhooks').set(bearer(as)).send(body);

  it.each([
    'http://127.0.0.1:8080/hooks',
    'http://localhost/hooks',
    'https://10.1.2.3/hooks',
    'http://[::1]/hooks',
    'http://169.254.169.254/latest',
  ])('refuses %s, which resolves to a loopback, private or link-local address', async (url) => {
    const res = await register({ url, eventTypes: ['*'] }).expect(422);
    expect(res.body).toMatchObject({ statusCode: 422, code: 'WEBHOOK_PRIVATE_ADDRESS' });
  });

  it('refuses a URL that is not http(s), and event types no context publishes', async () => {
    await register({ url: 'ftp://hooks.example.com/x', eventTypes: ['*'] }).expect(400);
    await register({ url: 'https://hooks.example.com/x', eventTypes: [] }).expect(400);
    const res = await register({ url: 'https://93.184.215.14/x', eventTypes: ['VendorRegistered', 'NoSuchEvent'] });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('WEBHOOK_UNKNOWN_EVENT_TYPE');
  });

  it('registers a public URL and shows it, without its secret', async () => {
    const created = await register({ url: 'https://93.184.215.14/hooks', eventTypes: ['VendorRegistered'] }).expect(
      201,
    );
    expect(created.body).toEqual({
      id: expect.any(String),
      version: 1,
      position: expect.any(String),
      secret: expect.stringMatching(/^whsec_/),
    });
    const shown = await t.http.get(`/api/v1/webhooks/${created.body.id}`).set(bearer(token)).expect(200);
    expect(shown.body).toMatchObject({ url: 'https://93.184.215.14/hooks', status: 'enabled', vendorId: null });
    expect(JSON.stringify(shown.body)).not.toContain(created.body.secret);
  });

  it('lets a vendor user register only for its own contracts, and see only its own webhooks', async () => {
    const [own, other] = [await vendorIn(t, token, 'approved'), await vendorIn(t, token, 'approved')];
    const post = (path: string, body: object) => t.http.post(`/api/v1${path}`).set(bearer(token)).send(body);
    const ownContract = (await post('/contracts', minimalContract(own)).expect(201)).body.id as string;
    const otherContract = (await post('/contracts', minimalContract(other)).expect(201)).body.id as string;
    const vendor = await userWithRole(t, 'vendor', { vendorId: own });
    const url = 'https://93.184.215.14/vendor-hooks';

    const missing = await register({ url, eventTypes: ['*'] }, vendor.token).expect(422);
    expect(missing.body.code).toBe('WEBHOOK_CONTRACTS_REQUIRED');
    await register({ url, eventTypes: ['*'], contractIds: [otherContract] }, vendor.token).expect(404);
    const created = await register({ url, eventTypes: ['*'], contractIds: [ownContract] }, vendor.token).expect(201);

    const listed = await t.http.get('/api/v1/webhooks').set(bearer(vendor.token)).expect(200);
    expect(listed.body).toMatchObject({ total: 1, items: [{ id: created.body.id, vendorId: own }] });
    const staffHook = await register({ url, eventTypes: ['CalendarDefined'] }).expect(201);
    await t.http.get(`/api/v1/webhooks/${staffHook.body.id}`).set(bearer(vendor.token)).expect(404);
    await t.http.delete(`/api/v1/webhooks/${staffHook.body.id}`).set(bearer(vendor.token)).expect(404);
    const ops = await userWithRole(t, 'ops_manager');
    const all = await t.http.get('/api/v1/webhooks').set(bearer(ops.token)).expect(200);
    expect(all.body.total).toBeGreaterThanOrEqual(3);
  });
});
