import { JwtService } from '@nestjs/jwt';
import { Clock, ProjectionRegistry } from '@vendorwatch/event-store';
import { Role, ROLES } from '@vendorwatch/identity';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { adminToken, bearer, userWithRole } from './helpers/auth';
import { ACCESS_TABLE, RouteRule } from './helpers/identity.access-table';
import { ADMIN, anotherApiProcess, startTestApp, TestApp } from './helpers/test-app';

const SECRET = 'identity-e2e-secret-long-enough-for-hs256-signing';
const WRONG_CREDENTIALS = { statusCode: 401, error: 'Unauthorized', message: 'The email or password is wrong.' };

/** admin may do everything, auditor every GET, the rest what the table says. */
function allowedBySpec(rule: RouteRule, role: Role): boolean {
  return role === 'admin' || (role === 'auditor' && rule.method === 'get') || rule.allowed.includes(role);
}

function signed(claims: object): Promise<string> {
  return new JwtService({ secret: SECRET }).signAsync(claims, {
    algorithm: 'HS256',
    issuer: 'vendorwatch',
    audience: 'vendorwatch-api',
  });
}

function base64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

describe('identity and access (SPEC §2)', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp({ JWT_SECRET: SECRET });
    admin = await adminToken(t);
  });
  afterAll(() => t.close());

  const login = (email: string, password: string) => t.http.post('/api/v1/auth/login').send({ email, password });

  describe('login', () => {
    it('signs the bootstrap admin in with a bearer token and the user', async () => {
      const res = await login(ADMIN.email, ADMIN.password).expect(200);
      expect(res.body).toEqual({
        accessToken: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/),
        tokenType: 'Bearer',
        expiresIn: 3600,
        user: { id: expect.any(String), email: ADMIN.email, roles: ['admin'] },
      });
      const header = JSON.parse(Buffer.from(res.body.accessToken.split('.')[0], 'base64url').toString());
      expect(header.alg).toBe('HS256');
    });

    it('accepts the email in any case', async () => {
      await login(ADMIN.email.toUpperCase(), ADMIN.password).expect(200);
    });

    it('answers a wrong password and an unknown email with the same 401 body', async () => {
      const user = await userWithRole(t, 'procurement');
      const wrongPassword = await login(user.email, 'not-the-password-at-all').expect(401);
      const unknownEmail = await login(`nobody-${randomUUID()}@vendorwatch.test`, user.password).expect(401);
      expect(wrongPassword.body).toEqual(WRONG_CREDENTIALS);
      expect(unknownEmail.body).toEqual(WRONG_CREDENTIALS);
    });

    it('gives a vendor user its vendorId', async () => {
      const vendorId = randomUUID();
      const user = await userWithRole(t, 'vendor', { vendorId });
      const res = await login(user.email, user.password).expect(200);
      expect(res.body.user).toEqual({ id: user.id, email: user.email, roles: ['vendor'], vendorId });
    });

    it('never stores a login for replay, even with an Idempotency-Key', async () => {
      await t.http.post('/api/v1/auth/login').set('Idempotency-Key', 'login-1').send(ADMIN).expect(200);
      await t.http
        .post('/api/v1/auth/login')
        .set('Idempotency-Key', 'login-1')
        .send({ ...ADMIN, password: 'wrong-password' })
        .expect(401);
      const rows = await t.app.get(DataSource).query(`SELECT response FROM idempotency_keys`);
      expect(JSON.stringify(rows)).not.toMatch(/accessToken|login-1/);
    });

    it('answers a malformed email like any wrong credential', async () => {
      expect((await login('not-an-email', 'some-password').expect(401)).body).toEqual(WRONG_CREDENTIALS);
    });

    it('rejects a malformed body with 400', async () => {
      const res = await t.http
        .post('/api/v1/auth/login')
        .send({ email: ADMIN.email, password: ADMIN.password, admin: true })
        .expect(400);
      expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    });
  });

  describe('users', () => {
    it('lets the admin create a user who can then sign in with the roles given', async () => {
      const email = `ops-${randomUUID()}@vendorwatch.test`;
      const created = await t.http
        .post('/api/v1/users')
        .set(bearer(admin))
        .send({ email, password: 'twelve-chars-or-more', roles: ['ops_manager', 'qa_reviewer'] })
        .expect(201);
      expect(created.body).toEqual({ id: expect.any(String), version: 1, position: expect.stringMatching(/^\d+$/) });
      const res = await login(email, 'twelve-chars-or-more').expect(200);
      expect(res.body.user).toEqual({ id: created.body.id, email, roles: ['ops_manager', 'qa_reviewer'] });
      const me = await t.http.get('/api/v1/auth/me').set(bearer(res.body.accessToken)).expect(200);
      expect(me.body).toMatchObject({
        id: created.body.id,
        email,
        roles: ['ops_manager', 'qa_reviewer'],
        status: 'active',
      });
    });

    it.each([
      ['a short password', { password: 'short-pw' }, 'password'],
      ['no roles', { roles: [] }, 'roles'],
      ['an unknown role', { roles: ['superuser'] }, 'roles'],
      ['a vendor without vendorId', { roles: ['vendor'] }, 'vendorId'],
      ['a vendorId on a staff user', { roles: ['procurement'], vendorId: randomUUID() }, 'vendorId'],
      ['a malformed email', { email: 'not-an-email' }, 'email'],
      ['an unknown property', { isAdmin: true }, 'isAdmin'],
    ])('rejects %s with 400 naming the field', async (_name, change, field) => {
      const body = {
        email: `u-${randomUUID()}@vendorwatch.test`,
        password: 'long-enough-password',
        roles: ['procurement'],
        ...change,
      };
      const res = await t.http.post('/api/v1/users').set(bearer(admin)).send(body).expect(400);
      expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    });

    it('answers 409 for an email that is taken, in any case', async () => {
      const user = await userWithRole(t, 'qa_reviewer');
      const res = await t.http
        .post('/api/v1/users')
        .set(bearer(admin))
        .send({ email: user.email.toUpperCase(), password: 'another-long-password', roles: ['auditor'] })
        .expect(409);
      expect(res.body).toEqual({
        statusCode: 409,
        error: 'Conflict',
        code: 'EMAIL_TAKEN',
        message: expect.stringContaining('already exists'),
      });
    });

    it('lists users page by page without any password or hash', async () => {
      const created = [await userWithRole(t, 'procurement'), await userWithRole(t, 'vendor')];
      const all = await t.http.get('/api/v1/users?limit=200').set(bearer(admin)).expect(200);
      expect(all.body.total).toBe(all.body.items.length);
      expect(all.body.items.map((u: { id: string }) => u.id)).toEqual(expect.arrayContaining(created.map((u) => u.id)));
      expect(all.body.items.find((u: { id: string }) => u.id === created[1].id)).toEqual({
        id: created[1].id,
        email: created[1].email,
        roles: ['vendor'],
        vendorId: expect.any(String),
        status: 'active',
        createdAt: expect.any(String),
      });
      const page = await t.http.get('/api/v1/users?limit=1&offset=1').set(bearer(admin)).expect(200);
      expect(page.body).toEqual({ items: [all.body.items[1]], total: all.body.total, limit: 1, offset: 1 });
      const text = JSON.stringify(all.body);
      for (const user of created) expect(text).not.toContain(user.password);
      expect(text).not.toMatch(/scrypt|hash/i);
      await t.http.get('/api/v1/users?limit=201').set(bearer(admin)).expect(400);
    });

    it('stores only a salted scrypt hash', async () => {
      const a = await userWithRole(t, 'auditor');
      const [row] = await t.app.get(DataSource).query(`SELECT password_hash FROM users WHERE id = $1`, [a.id]);
      expect(row.password_hash).toMatch(/^scrypt\$\d+\$\d+\$\d+\$[\w-]+\$[\w-]+$/);
      expect(row.password_hash).not.toContain(a.password);
    });

    it('disables a user: its token answers 401 at once and it can no longer sign in', async () => {
      const user = await userWithRole(t, 'procurement');
      await t.http.get('/api/v1/auth/me').set(bearer(user.token)).expect(200);
      const res = await t.http.post(`/api/v1/users/${user.id}/disable`).set(bearer(admin)).expect(201);
      expect(res.body).toEqual({ id: user.id, version: 2, position: expect.any(String) });
      const after = await t.http.get('/api/v1/auth/me').set(bearer(user.token)).expect(401);
      expect(after.body).toEqual({ statusCode: 401, error: 'Unauthorized', message: expect.any(String) });
      expect((await login(user.email, user.password).expect(401)).body).toEqual(WRONG_CREDENTIALS);
      const shown = await t.http.get(`/api/v1/users/${user.id}`).set(bearer(admin)).expect(200);
      expect(shown.body).toMatchObject({ status: 'disabled', disabledAt: expect.any(String) });
      await t.http.post(`/api/v1/users/${user.id}/disable`).set(bearer(admin)).expect(409);
    });

    it('answers 404 for an unknown user and 409 for disabling the last admin', async () => {
      await t.http.post(`/api/v1/users/${randomUUID()}/disable`).set(bearer(admin)).expect(404);
      await t.http.get('/api/v1/users/not-a-uuid').set(bearer(admin)).expect(404);
      const me = await t.http.get('/api/v1/auth/me').set(bearer(admin)).expect(200);
      const res = await t.http.post(`/api/v1/users/${me.body.id}/disable`).set(bearer(admin)).expect(409);
      expect(res.body.message).toContain('last active admin');
      await t.http.get('/api/v1/auth/me').set(bearer(admin)).expect(200);
    });
  });

  describe('tokens', () => {
    let adminId: string;
    beforeAll(async () => {
      adminId = (await t.http.get('/api/v1/auth/me').set(bearer(admin)).expect(200)).body.id;
    });

    it('accepts a well-formed token signed with the secret (the control for the cases below)', async () => {
      await t.http
        .get('/api/v1/auth/me')
        .set(bearer(await signed({ sub: adminId })))
        .expect(200);
    });

    it('answers 401 without a token, with a bad scheme, or with garbage', async () => {
      const none = await t.http.get('/api/v1/users').expect(401);
      expect(none.body).toEqual({ statusCode: 401, error: 'Unauthorized', message: expect.any(String) });
      expect(none.headers['www-authenticate']).toMatch(/^Bearer/);
      await t.http
        .get('/api/v1/users')
        .set('Authorization', `Basic ${Buffer.from('a:b').toString('base64')}`)
        .expect(401);
      await t.http.get('/api/v1/users').set(bearer('not.a.token')).expect(401);
    });

    it('answers 401 for a token with a wrong signature', async () => {
      const forged = await new JwtService({ secret: 'some-other-secret-of-enough-length-xxxxxx' }).signAsync(
        { sub: adminId },
        { algorithm: 'HS256', issuer: 'vendorwatch', audience: 'vendorwatch-api' },
      );
      await t.http.get('/api/v1/users').set(bearer(forged)).expect(401);
      const [head, payload] = admin.split('.');
      await t.http
        .get('/api/v1/users')
        .set(bearer(`${head}.${payload}.${'A'.repeat(43)}`))
        .expect(401);
    });

    it('answers 401 for an unsigned token (alg: none)', async () => {
      const now = Math.floor(Date.now() / 1000);
      const claims = { sub: adminId, iat: now, exp: now + 600, iss: 'vendorwatch', aud: 'vendorwatch-api' };
      for (const alg of ['none', 'None', 'NONE']) {
        await t.http
          .get('/api/v1/users')
          .set(bearer(`${base64url({ alg, typ: 'JWT' })}.${base64url(claims)}.`))
          .expect(401);
      }
    });

    it('answers 401 for an expired token', async () => {
      const now = Math.floor(Date.now() / 1000);
      await t.http
        .get('/api/v1/users')
        .set(bearer(await signed({ sub: adminId, iat: now - 7200, exp: now - 60 })))
        .expect(401);
    });

    it('answers 401 for a validly signed token of an unknown user', async () => {
      await t.http
        .get('/api/v1/auth/me')
        .set(bearer(await signed({ sub: randomUUID() })))
        .expect(401);
    });
  });

  describe('roles', () => {
    const tokens = new Map<Role, string>();
    let victimId: string;
    beforeAll(async () => {
      for (const role of ROLES) tokens.set(role, (await userWithRole(t, role)).token);
      victimId = (await userWithRole(t, 'procurement')).id;
    });
    const pathOf = (rule: RouteRule) => rule.path.replace(':userId', victimId).replace(/:\w+/g, () => randomUUID());

    const forbidden = ACCESS_TABLE.flatMap((rule) =>
      ROLES.filter((role) => !allowedBySpec(rule, role)).map(
        (role) => [role, rule.method.toUpperCase(), rule.path, rule] as const,
      ),
    );
    it.each(forbidden)('%s gets 403 on %s %s', async (role, _method, _path, rule) => {
      const res = await t.http[rule.method](pathOf(rule))
        .set(bearer(tokens.get(role)!))
        .send(rule.body ?? {});
      expect(res.status).toBe(403);
      expect(res.body).toEqual({ statusCode: 403, error: 'Forbidden', message: expect.any(String) });
    });

    it('has left the victim of the forbidden writes untouched', async () => {
      const res = await t.http.get(`/api/v1/users/${victimId}`).set(bearer(admin)).expect(200);
      expect(res.body.status).toBe('active');
    });

    const permitted = ACCESS_TABLE.flatMap((rule) =>
      (rule.method === 'get' ? rule.allowed : []).map((role) => [role, rule.path, rule] as const),
    );
    it.each(permitted)('%s may GET %s', async (role, _path, rule) => {
      await t.http
        .get(pathOf(rule))
        .set(bearer(tokens.get(role)!))
        .expect(200);
    });

    it('lets any signed-in role call a route without @Roles', async () => {
      for (const role of ROLES)
        await t.http
          .get('/api/v1/auth/me')
          .set(bearer(tokens.get(role)!))
          .expect(200);
    });
  });

  describe('login throttling', () => {
    const clock = () => t.app.get(Clock);
    afterEach(() => clock().reset());

    it('answers the 6th attempt after 5 failures with 429 and Retry-After, even with the right password', async () => {
      const user = await userWithRole(t, 'ops_manager');
      for (let i = 0; i < 5; i++)
        expect((await login(user.email, `wrong-password-${i}`).expect(401)).body).toEqual(WRONG_CREDENTIALS);
      const locked = await login(user.email, user.password).expect(429);
      expect(locked.body).toEqual({ statusCode: 429, error: 'Too Many Requests', message: expect.any(String) });
      const retryAfter = Number(locked.headers['retry-after']);
      expect(retryAfter).toBeGreaterThan(850);
      expect(retryAfter).toBeLessThanOrEqual(900);
      await login(user.email.toUpperCase(), user.password).expect(429);
      await login(ADMIN.email, ADMIN.password).expect(200);

      clock().advance(14 * 60 * 1000);
      await login(user.email, user.password).expect(429);
      clock().advance(61 * 1000);
      const res = await login(user.email, user.password).expect(200);
      expect(res.body.user.id).toBe(user.id);
    });

    it('forgets attempts and lockouts once they no longer count', async () => {
      const email = `forgotten-${randomUUID()}@vendorwatch.test`;
      for (let i = 0; i < 5; i++) await login(email, 'any-password-at-all').expect(401);
      const db = t.app.get(DataSource);
      const count = async () =>
        (await db.query(`SELECT (SELECT count(*) FROM login_attempts) + (SELECT count(*) FROM login_lockouts) AS n`))[0]
          .n;
      expect(Number(await count())).toBeGreaterThan(0);
      clock().advance(16 * 60 * 1000);
      await t.app
        .get(ProjectionRegistry)
        .allJobs()
        .find((job) => job.name === 'identity-cleanup')!
        .run();
      expect(Number(await count())).toBe(0);
    });

    it('locks an unknown email the same way, so the answer tells nothing', async () => {
      const email = `ghost-${randomUUID()}@vendorwatch.test`;
      for (let i = 0; i < 5; i++) await login(email, 'any-password-at-all').expect(401);
      await login(email, 'any-password-at-all').expect(429);
    });

    it('counts only failures within 15 minutes, and a success clears them', async () => {
      const user = await userWithRole(t, 'qa_reviewer');
      for (let i = 0; i < 4; i++) await login(user.email, 'wrong-password').expect(401);
      clock().advance(16 * 60 * 1000);
      await login(user.email, 'wrong-password').expect(401);
      await login(user.email, user.password).expect(200);
      for (let i = 0; i < 4; i++) await login(user.email, 'wrong-password').expect(401);
      await login(user.email, user.password).expect(200);
    });
  });

  describe('audit trail', () => {
    it('records who changed users, with request and correlation ids, and never a password', async () => {
      const me = await t.http.get('/api/v1/auth/me').set(bearer(admin)).expect(200);
      const email = `audited-${randomUUID()}@vendorwatch.test`;
      const password = `secret-${randomUUID()}`;
      const created = await t.http
        .post('/api/v1/users')
        .set(bearer(admin))
        .set('X-Request-Id', 'req-identity-1')
        .set('X-Correlation-Id', 'corr-identity-1')
        .send({ email, password, roles: ['procurement'] })
        .expect(201);
      await login(email, password).expect(200);
      await t.http.post(`/api/v1/users/${created.body.id}/disable`).set(bearer(admin)).expect(201);

      const res = await t.http.get(`/api/v1/audit/events?streamId=${created.body.id}`).set(bearer(admin)).expect(200);
      expect(res.body).toEqual({
        items: [
          {
            position: created.body.position,
            streamId: created.body.id,
            streamType: 'User',
            version: 1,
            type: 'UserRegistered',
            data: {
              userId: created.body.id,
              email,
              roles: ['procurement'],
              vendorId: null,
              registeredAt: expect.any(String),
            },
            metadata: {
              actorId: me.body.id,
              actorRole: 'admin',
              requestId: 'req-identity-1',
              correlationId: 'corr-identity-1',
              causationId: 'req-identity-1',
            },
            recordedAt: expect.any(String),
          },
          expect.objectContaining({
            type: 'UserDisabled',
            version: 2,
            metadata: expect.objectContaining({ actorId: me.body.id }),
          }),
        ],
        total: 2,
        limit: 50,
        offset: 0,
      });

      const everything = await t.http.get('/api/v1/audit/events?limit=200').set(bearer(admin)).expect(200);
      expect(everything.body.total).toBeGreaterThan(2);
      expect(JSON.stringify(everything.body)).not.toContain(password);
      expect(JSON.stringify(everything.body)).not.toContain(ADMIN.password);
      expect(JSON.stringify(everything.body)).not.toMatch(/scrypt|password/i);
    });

    it('filters by type, actor and time, pages, and lets the auditor read it', async () => {
      const auditor = await userWithRole(t, 'auditor');
      const me = await t.http.get('/api/v1/auth/me').set(bearer(admin)).expect(200);
      const byActor = await t.http
        .get(`/api/v1/audit/events?type=UserRegistered&actorId=${me.body.id}&limit=2&offset=1`)
        .set(bearer(auditor.token))
        .expect(200);
      expect(byActor.body.total).toBeGreaterThan(3);
      expect(byActor.body.items).toHaveLength(2);
      expect(byActor.body).toMatchObject({ limit: 2, offset: 1 });
      for (const event of byActor.body.items) {
        expect(event.type).toBe('UserRegistered');
        expect(event.metadata.actorId).toBe(me.body.id);
      }
      const future = await t.http.get('/api/v1/audit/events?from=2999-01-01T00:00:00Z').set(bearer(admin)).expect(200);
      expect(future.body).toEqual({ items: [], total: 0, limit: 50, offset: 0 });
      const past = await t.http.get('/api/v1/audit/events?to=2000-01-01T00:00:00Z').set(bearer(admin)).expect(200);
      expect(past.body.total).toBe(0);
      await t.http.get('/api/v1/audit/events?from=yesterday').set(bearer(admin)).expect(400);
    });

    it('records the bootstrap admin as created by the system', async () => {
      const res = await t.http
        .get('/api/v1/audit/events?type=UserRegistered&actorId=system')
        .set(bearer(admin))
        .expect(200);
      expect(res.body.items).toEqual([
        expect.objectContaining({ data: expect.objectContaining({ email: ADMIN.email, roles: ['admin'] }) }),
      ]);
    });
  });

  describe('HTTP hardening', () => {
    it('sends security headers and no CORS permission', async () => {
      const res = await t.http.get('/api/v1/health').set('Origin', 'https://evil.example').expect(200);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
      expect(res.headers['x-powered-by']).toBeUndefined();
    });

    it('keeps health and the OpenAPI document public', async () => {
      await t.http.get('/api/v1/health').expect(200);
      await t.http.get('/docs-json').expect(200);
    });
  });
});

describe('global rate limit (RATE_LIMIT_PER_MINUTE)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp({ RATE_LIMIT_PER_MINUTE: '5' })));
  afterAll(() => t.close());

  it("answers 429 with Retry-After once a user spends the minute's budget; others keep theirs", async () => {
    const admin = await adminToken(t);
    const other = await userWithRole(t, 'procurement'); // the admin's 1st request
    for (let i = 0; i < 4; i++) await t.http.get('/api/v1/auth/me').set(bearer(admin)).expect(200);
    const res = await t.http.get('/api/v1/auth/me').set(bearer(admin)).expect(429);
    expect(res.body).toEqual({ statusCode: 429, error: 'Too Many Requests', message: expect.any(String) });
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    await t.http.get('/api/v1/auth/me').set(bearer(other.token)).expect(200);
  });
});

describe('global rate limit across API processes', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp({ RATE_LIMIT_PER_MINUTE: '5' })));
  afterAll(() => t.close());

  it('shares one budget between API processes, so running more of them allows no more requests', async () => {
    const user = await userWithRole(t, 'ops_manager');
    const second = await anotherApiProcess(t, { RATE_LIMIT_PER_MINUTE: '5' });
    try {
      for (const http of [t.http, second.http, t.http, second.http, t.http])
        await http.get('/api/v1/auth/me').set(bearer(user.token)).expect(200);
      await second.http.get('/api/v1/auth/me').set(bearer(user.token)).expect(429);
      await t.http.get('/api/v1/auth/me').set(bearer(user.token)).expect(429);
    } finally {
      await second.close();
    }
  });
});
