import { minimalContract, vendorIn } from './helpers/contracts-fixtures';
import { adminToken, bearer, requestsAs, userWithRole } from './helpers/auth';
import { startTestApp, TestApp } from './helpers/test-app';
import { EVALUATION, vendorBody } from './helpers/vendors-fixtures';

const ERROR_SHAPE = { statusCode: 400, error: 'Bad Request', message: expect.any(String) };

function nested(depth: number): string {
  return `${'['.repeat(depth)}${']'.repeat(depth)}`;
}

/** Hostile or careless input answers a clear 4xx on every route (issue 15), never a 500. */
describe('hostile input', () => {
  let t: TestApp;
  let admin: string;
  let procurement: string;
  let vendorId: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await adminToken(t);
    procurement = (await userWithRole(t, 'procurement')).token;
    vendorId = await vendorIn(t, procurement, 'approved');
  });
  afterAll(() => t.close());

  const { post } = requestsAs(
    () => t,
    () => procurement,
  );
  const get = (path: string, position?: string) => {
    const req = t.http.get(`/api/v1${path}`).set(bearer(procurement));
    return position === undefined ? req : req.set('X-Min-Position', position);
  };
  const raw = (path: string, json: string, token?: string) => {
    const req = t.http.post(`/api/v1${path}`).set('Content-Type', 'application/json');
    return (token ? req.set(bearer(token)) : req).send(json);
  };

  describe('deeply nested JSON', () => {
    it('answers 400 on the public login', async () => {
      const res = await raw('/auth/login', `{"email":${nested(5000)},"password":"x"}`);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject(ERROR_SHAPE);
      expect(res.body.message).toMatch(/nested/);
    });

    it('answers 400 on an authenticated write', async () => {
      const res = await raw('/vendors', `{"name":"Deep","sites":${nested(5000)}}`, procurement);
      expect(res.status).toBe(400);
      expect(res.body.message).toMatch(/nested/);
    });

    it('still accepts an ordinary nested body', async () => {
      await post('/vendors', vendorBody(`Ordinary ${Date.now()}`)).expect(201);
    });
  });

  describe('control characters', () => {
    it('refuses a NUL in a body string with 400 naming the field', async () => {
      const res = await post('/vendors', vendorBody('Nul\u0000Vendor'));
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject(ERROR_SHAPE);
      expect(res.body.message).toMatch(/name/);
    });

    it('refuses a NUL in an object key and in a nested string', async () => {
      const res = await raw('/vendors', JSON.stringify({ ...vendorBody('Key'), 'bad\u0000key': 1 }), procurement);
      expect(res.status).toBe(400);
      const nestedRes = await post(
        '/vendors',
        vendorBody('Nested', { sites: [{ city: 'a\u0001b', country: 'PH', timezone: 'Asia/Manila' }] }),
      );
      expect(nestedRes.status).toBe(400);
    });

    it('refuses an unpaired surrogate, which PostgreSQL cannot store', async () => {
      const res = await raw(
        '/vendors',
        JSON.stringify(vendorBody('Half \\ud800 surrogate')).replace('\\\\ud800', '\\ud800'),
        procurement,
      );
      expect(res.status).toBe(400);
    });

    it('refuses a NUL in a path and in a query parameter', async () => {
      expect((await get('/vendors/abc%00def')).status).toBe(400);
      const res = await get('/vendors?q=a%00b');
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject(ERROR_SHAPE);
    });

    it('keeps tabs and line breaks in text', async () => {
      await post(`/vendors/${vendorId}/reference-checks`, {
        company: 'Acme',
        contactRole: 'Head of CX',
        outcome: 'positive',
        notes: 'line one\n\tline two\r\n',
      }).expect(201);
    });
  });

  describe('numbers', () => {
    it('refuses a denormal or huge number with 400 instead of crashing a validator', async () => {
      const tiny = await post(`/vendors/${vendorId}/evaluations`, {
        ...EVALUATION,
        pricing: { model: 'per_hour', rate: { amount: 5e-323, currency: 'USD' } },
      });
      expect(tiny.status).toBe(400);
      expect(tiny.body.message).toMatch(/body.pricing.rate.amount: numbers must be/);
      const huge = await post(`/vendors/${vendorId}/evaluations`, {
        ...EVALUATION,
        pricing: { model: 'per_hour', rate: { amount: 1e300, currency: 'USD' } },
      });
      expect(huge.status).toBe(400);
    });
  });

  describe('dates', () => {
    const evaluatedAt = (at: string) => post(`/vendors/${vendorId}/evaluations`, { ...EVALUATION, evaluatedAt: at });

    it.each([
      '2026-W05-1T10:00:00Z',
      '2026-032T10:00:00Z',
      '20260201T100000Z',
      '2026-W05',
      '2026-032',
      '+002026-02-01T10:00:00Z',
    ])('refuses the ISO form %s that cannot be stored with 400', async (at) => {
      const res = await evaluatedAt(at);
      expect(res.status).toBe(400);
      expect(res.body.message).toMatch(/evaluatedAt/);
    });

    it('refuses a date that does not exist', async () => {
      expect((await evaluatedAt('2026-02-30T10:00:00Z')).status).toBe(400);
    });

    it('keeps a year below 100 as it was sent, not as 19xx', async () => {
      const prospect = await vendorIn(t, procurement, 'prospect');
      const res = await post(`/vendors/${prospect}/evaluations`, {
        ...EVALUATION,
        evaluatedAt: '0050-03-01T10:00:00.000Z',
      });
      const vendor = await get(`/vendors/${prospect}`, res.body.position).expect(200);
      expect(vendor.body.evaluation.evaluatedAt).toBe('0050-03-01T10:00:00.000Z');
    });

    it('refuses a week date in a query', async () => {
      const contract = (await post('/contracts', minimalContract(vendorId)).expect(201)).body.id;
      const res = await get(`/contracts/${contract}/compliance?from=2026-W05-1`);
      expect(res.status).toBe(400);
    });
  });

  describe('numbers beyond int64', () => {
    it('answers 400 for an offset past int64', async () => {
      const res = await get('/vendors?offset=99999999999999999999');
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject(ERROR_SHAPE);
    });

    it('answers 400 for an X-Min-Position past int64', async () => {
      const res = await get('/vendors', '9999999999999999999');
      expect(res.status).toBe(400);
      expect(res.body.message).toMatch(/X-Min-Position/);
    });
  });

  describe('roles', () => {
    it('refuses a user that mixes vendor with a staff role', async () => {
      const res = await t.http
        .post('/api/v1/users')
        .set(bearer(admin))
        .send({
          email: `mixed-${Date.now()}@vendorwatch.test`,
          password: 'a-long-password-1',
          roles: ['vendor', 'ops_manager'],
          vendorId,
        });
      expect(res.status).toBe(400);
      expect(res.body.message).toMatch(/vendor/);
    });

    it('refuses a vendor user without a vendorId and a staff user with one', async () => {
      const create = (roles: string[], extra: object) =>
        t.http
          .post('/api/v1/users')
          .set(bearer(admin))
          .send({ email: `r-${Math.random()}@vendorwatch.test`, password: 'a-long-password-1', roles, ...extra });
      expect((await create(['vendor'], {})).status).toBe(400);
      expect((await create(['ops_manager'], { vendorId })).status).toBe(400);
    });
  });

  describe('arrays', () => {
    it('refuses a vendor with more sites and languages than any has', async () => {
      const site = { city: 'Manila', country: 'PH', timezone: 'Asia/Manila' };
      const res = await post('/vendors', vendorBody(`Many ${Date.now()}`, { sites: Array(101).fill(site) }));
      expect(res.status).toBe(400);
      expect(res.body.message).toMatch(/sites must contain no more than 100/);
      expect(
        (await post('/vendors', vendorBody(`Langs ${Date.now()}`, { languages: Array(51).fill('en') }))).status,
      ).toBe(400);
    });

    it('refuses a governance review with more than 100 attendees or action items', async () => {
      const contract = (await post('/contracts', minimalContract(vendorId)).expect(201)).body.id;
      await post(`/contracts/${contract}/sign`, {}).expect(201);
      const review = { heldAt: '2026-04-01T15:00:00.000Z', summary: 'Monthly review', attendees: ['Ann'] };
      const many = Array.from({ length: 101 }, (_, i) => `Person ${i}`);
      const hold = (body: object) =>
        t.http.post(`/api/v1/contracts/${contract}/governance-reviews`).set(bearer(admin)).send(body);
      await hold(review).expect(201);
      expect((await hold({ ...review, attendees: many })).status).toBe(400);
      expect((await hold({ ...review, actionItems: many })).status).toBe(400);
    });

    it('refuses contract coverage with more windows than a week holds', async () => {
      const window = { days: ['mon'], start: '08:00', end: '20:00' };
      const res = await post(
        '/contracts',
        minimalContract(vendorId, { coverage: { demand: { timezone: 'UTC', windows: Array(51).fill(window) } } }),
      );
      expect(res.status).toBe(400);
    });
  });
});
