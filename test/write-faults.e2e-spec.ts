import { vendorIn } from './helpers/contracts-fixtures';
import { adminToken, bearer, userWithRole } from './helpers/auth';
import { startTestApp, TestApp } from './helpers/test-app';
import { vendorBody } from './helpers/vendors-fixtures';

const REFERENCE = { company: 'Acme', contactRole: 'Head of CX', outcome: 'positive' };

/** Writers that race, retry or crash (issue 15): each accepted write counts once, none answers 5xx or 412 unasked. */
describe('write faults', () => {
  let t: TestApp;
  let admin: string;
  let procurement: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await adminToken(t);
    procurement = (await userWithRole(t, 'procurement')).token;
  });
  afterAll(() => t.close());

  const post = (path: string, body: object, headers: Record<string, string> = {}) =>
    t.http.post(`/api/v1${path}`).set(bearer(procurement)).set(headers).send(body);

  it('50 parallel writes without If-Match on one aggregate all succeed, each on its own version', async () => {
    const vendorId = await vendorIn(t, procurement, 'prospect');
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        post(`/vendors/${vendorId}/reference-checks`, { ...REFERENCE, company: `C${i}` }),
      ),
    );
    expect(answers.map((res) => res.status)).toEqual(Array(50).fill(201));
    const versions = new Set(answers.map((res) => res.body.version));
    expect(versions.size).toBe(50);
    const history = await t.http.get(`/api/v1/vendors/${vendorId}/history?limit=200`).set(bearer(admin)).expect(200);
    expect(history.body.items.filter((e: { type: string }) => e.type === 'VendorReferenceChecked')).toHaveLength(50);
  });

  it('still answers 412 when the writer sent a stale If-Match', async () => {
    const vendorId = (await post('/vendors', vendorBody(`Stale ${Date.now()}`)).expect(201)).body.id;
    await post(`/vendors/${vendorId}/reference-checks`, REFERENCE).expect(201);
    const res = await post(`/vendors/${vendorId}/reference-checks`, REFERENCE, { 'If-Match': '1' });
    expect(res.status).toBe(412);
    expect(res.body.currentVersion).toBe(2);
  });
});
