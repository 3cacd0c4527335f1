import { Clock } from '@vendorwatch/event-store';
import { adminToken, bearer, userWithRole } from './auth';
import { startTestApp, TestApp } from './test-app';
import { vendorBody } from './vendors-fixtures';

export interface Actors {
  procurement: string;
  ops: string;
  qa: string;
  qa2: string;
}

/** One signed-in user per staff role the checklist flows need (two QA reviewers for disputes and calibration). */
export async function signInActors(t: TestApp): Promise<Actors> {
  const [procurement, ops, qa, qa2] = await Promise.all([
    userWithRole(t, 'procurement'),
    userWithRole(t, 'ops_manager'),
    userWithRole(t, 'qa_reviewer'),
    userWithRole(t, 'qa_reviewer'),
  ]);
  return { procurement: procurement.token, ops: ops.token, qa: qa.token, qa2: qa2.token };
}

/** A write through the public API that must succeed (retried on 503 + Retry-After, as a client would). */
export async function write(t: TestApp, token: string, method: 'post' | 'patch', path: string, body: object = {}) {
  let res = await t.http[method](`/api/v1${path}`).set(bearer(token)).send(body);
  for (let attempt = 0; res.status === 503 && attempt < 20; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    res = await t.http[method](`/api/v1${path}`).set(bearer(token)).send(body);
  }
  if (res.status !== 201 && res.status !== 200)
    throw new Error(`${method.toUpperCase()} ${path} answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body as { id: string; version: number; position: string };
}

/** A read that waits for `position` (read-your-writes). */
export function read(t: TestApp, token: string, path: string, position?: string) {
  const req = t.http.get(`/api/v1${path}`).set(bearer(token));
  return position ? req.set('X-Min-Position', position) : req;
}

let vendorCount = 0;

export function registerVendor(t: TestApp, actors: Actors, name = `Vendor ${++vendorCount} ${Date.now()}`) {
  return write(
    t,
    actors.procurement,
    'post',
    '/vendors',
    vendorBody(name, { channels: ['chat', 'email'], languages: ['en'] }),
  );
}

/** Evaluates (all standard criteria, price share 0.25) and approves the vendor, so its contracts can be signed. */
export async function approveVendor(t: TestApp, actors: Actors, vendorId: string) {
  await write(t, actors.procurement, 'post', `/vendors/${vendorId}/evaluations`, {
    criteria: ['price', 'training_depth', 'qa_discipline', 'escalation_handling', 'operational_maturity'].map(
      (key, i) => ({ key, score: 4, weight: i === 0 ? 1 : 0.75 }),
    ),
    pricing: { model: 'per_hour', rate: { amount: 14, currency: 'USD' } },
  });
  return write(t, actors.procurement, 'post', `/vendors/${vendorId}/approve`, { rationale: 'vetted' });
}

export function draftContract(t: TestApp, actors: Actors, vendorId: string, terms: Record<string, unknown> = {}) {
  return write(t, actors.procurement, 'post', '/contracts', {
    vendorId,
    title: 'Tier-1 chat',
    startDate: '2026-03-02',
    endDate: '2027-03-01',
    channels: ['chat'],
    monthlyFee: { amount: 50000, currency: 'USD' },
    ...terms,
  });
}

/** Signs and takes the contract live at `liveAt`. */
export async function goLive(t: TestApp, actors: Actors, contractId: string, liveAt: string) {
  await write(t, actors.procurement, 'post', `/contracts/${contractId}/sign`, { signedAt: liveAt });
  return write(t, actors.ops, 'post', `/contracts/${contractId}/go-live`, { liveAt });
}

/** The contract's checklist once it reflects `position` (a 503 + Retry-After is retried, as a client would). */
export async function contractChecklist(t: TestApp, token: string, contractId: string, position: string) {
  let res = await read(t, token, `/contracts/${contractId}/checklist`, position);
  for (let attempt = 0; res.status === 503 && attempt < 10; attempt++)
    res = await read(t, token, `/contracts/${contractId}/checklist`, position);
  if (res.status !== 200) throw new Error(`checklist answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
}

export function itemOf(checklist: { items: { key: string }[] }, key: string) {
  const item = checklist.items.find((i) => i.key === key);
  if (!item) throw new Error(`no item ${key}`);
  return item as { key: string; title: string; status: string; evidence: string[]; recommendation: string };
}

export function setClock(t: TestApp, at: string) {
  t.app.get(Clock).set(at);
}

/** A running app with the staff signed in and one approved vendor: where the contract checklist tests start. */
export async function startWithApprovedVendor(): Promise<{
  t: TestApp;
  actors: Actors;
  admin: string;
  vendorId: string;
}> {
  const t = await startTestApp();
  const actors = await signInActors(t);
  const admin = await adminToken(t);
  const vendorId = (await registerVendor(t, actors)).id;
  await approveVendor(t, actors, vendorId);
  return { t, actors, admin, vendorId };
}
