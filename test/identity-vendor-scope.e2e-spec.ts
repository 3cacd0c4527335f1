import { bearer, userWithRole } from './helpers/auth';
import { startTestApp, TestApp } from './helpers/test-app';

/** SPEC §2: a vendor user sees only its own vendor; any other vendor's ids answer 404. */
describe('vendor scope', () => {
  let t: TestApp;
  let own: { id: string; position: string };
  let other: { id: string; position: string };
  let vendorUser: { token: string };

  const register = async (token: string, name: string) => {
    const res = await t.http
      .post('/api/v1/vendors')
      .set(bearer(token))
      .send({
        name,
        country: 'PH',
        channels: ['chat'],
        languages: ['en'],
        sites: [{ city: 'Manila', country: 'PH', timezone: 'Asia/Manila' }],
      })
      .expect(201);
    return { id: res.body.id as string, position: res.body.position as string };
  };

  beforeAll(async () => {
    t = await startTestApp();
    const procurement = await userWithRole(t, 'procurement');
    own = await register(procurement.token, 'Own Vendor Ltd');
    other = await register(procurement.token, 'Other Vendor Ltd');
    vendorUser = await userWithRole(t, 'vendor', { vendorId: own.id });
  });
  afterAll(() => t.close());

  const get = (path: string) =>
    t.http.get(`/api/v1${path}`).set(bearer(vendorUser.token)).set('X-Min-Position', other.position);

  it('shows a vendor user its own vendor', async () => {
    const res = await get(`/vendors/${own.id}`).expect(200);
    expect(res.body).toMatchObject({ id: own.id, name: 'Own Vendor Ltd' });
  });

  it("answers another vendor's id with 404, as if it did not exist", async () => {
    const res = await get(`/vendors/${other.id}`).expect(404);
    expect(res.body).toEqual({ statusCode: 404, error: 'Not Found', message: expect.stringContaining(other.id) });
    await get(`/vendors/${other.id}/history`).expect(404);
  });

  it('lists only its own vendor', async () => {
    const res = await get('/vendors').expect(200);
    expect(res.body.items.map((v: { id: string }) => v.id)).toEqual([own.id]);
    expect(res.body.total).toBe(1);
  });

  it('may not write to another vendor even where vendor users may write', async () => {
    await t.http
      .post(`/api/v1/vendors/${other.id}/roster-reports`)
      .set(bearer(vendorUser.token))
      .send({ month: '2026-02', headcountStart: 10, headcountEnd: 10, leavers: 1, hires: 1 })
      .expect(404);
  });
});
