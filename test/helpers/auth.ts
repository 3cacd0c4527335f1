import type { Role } from '@vendorwatch/identity';
import { randomBytes, randomUUID } from 'node:crypto';
import { ADMIN, TestApp } from './test-app';

export function bearer(token: string): { Authorization: string } {
  return { Authorization: `Bearer ${token}` };
}

/**
 * `post`, `patch` and `get` on /api/v1 as one user unless another token is passed; `get` waits until the read
 * models hold `position` (X-Min-Position). The app and the token are looked up per request: both come in beforeAll.
 */
export function requestsAs(app: () => TestApp, token: () => string) {
  const auth = (as?: string) => bearer(as ?? token());
  return {
    post: (path: string, body: object, as?: string) => app().http.post(`/api/v1${path}`).set(auth(as)).send(body),
    patch: (path: string, body: object, as?: string) => app().http.patch(`/api/v1${path}`).set(auth(as)).send(body),
    get: (path: string, position: string, as?: string) =>
      app().http.get(`/api/v1${path}`).set(auth(as)).set('X-Min-Position', position),
  };
}

async function login(t: TestApp, email: string, password: string): Promise<string> {
  const res = await t.http.post('/api/v1/auth/login').send({ email, password });
  if (res.status !== 200) throw new Error(`Login as ${email} answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body.accessToken;
}

const adminTokens = new WeakMap<TestApp, Promise<string>>();

/** A token of the ADMIN of test-app.ts (one login per app: scrypt is deliberately slow). */
export async function adminToken(t: TestApp): Promise<string> {
  let token = adminTokens.get(t);
  if (!token) {
    token = login(t, ADMIN.email, ADMIN.password);
    adminTokens.set(t, token);
    token.catch(() => adminTokens.delete(t));
  }
  return token;
}

/** A fresh user with this role, created by the admin through `POST /users`, and signed in. */
export async function userWithRole(
  t: TestApp,
  role: Role,
  options: { vendorId?: string } = {},
): Promise<{ id: string; email: string; password: string; token: string }> {
  const email = `${role.replace('_', '-')}-${randomBytes(6).toString('hex')}@vendorwatch.test`;
  const password = `pw-${randomBytes(12).toString('hex')}`;
  const vendorId = role === 'vendor' ? (options.vendorId ?? randomUUID()) : options.vendorId;
  const res = await t.http
    .post('/api/v1/users')
    .set(bearer(await adminToken(t)))
    .send({ email, password, roles: [role], ...(vendorId ? { vendorId } : {}) });
  if (res.status !== 201)
    throw new Error(`Creating a ${role} user answered ${res.status}: ${JSON.stringify(res.body)}`);
  return { id: res.body.id, email, password, token: await login(t, email, password) };
}
