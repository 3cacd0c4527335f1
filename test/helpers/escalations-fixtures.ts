import { EscalationTrigger, EscalationView } from '@vendorwatch/escalations';
import { randomBytes } from 'node:crypto';
import { adminToken, bearer, userWithRole } from './auth';
import { startTestApp, TestApp } from './test-app';
import { FIRST_RESPONSE_SLA } from './contracts-fixtures';
import { eventually } from './eventually';
import { vendorBody } from './vendors-fixtures';

/** The app, and the tokens of the people who set up contracts (admin) and own escalations (ops manager). */
export interface EscalationsWorld {
  t: TestApp;
  admin: string;
  ops: string;
}

export const LEVELS = [
  { notify: 'vendor-team-lead@vendor.example', ackWithinMinutes: 60, authority: 'Vendor support lead' },
  { notify: 'ops-director@acme.example', ackWithinMinutes: 120, authority: 'Director of Support Operations' },
];

export async function startWorld(env: Record<string, string> = {}): Promise<EscalationsWorld> {
  const t = await startTestApp(env);
  const [admin, ops] = await Promise.all([adminToken(t), userWithRole(t, 'ops_manager').then((u) => u.token)]);
  return { t, admin, ops };
}

/** POSTs and answers the body, failing with the answer when the status is not the expected one. */
export async function post(w: EscalationsWorld, token: string, path: string, body: object, expected = 201) {
  const res = await w.t.http.post(`/api/v1${path}`).set(bearer(token)).send(body);
  if (res.status !== expected) throw new Error(`POST ${path} answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
}

export async function newContract(w: EscalationsWorld): Promise<{ vendorId: string; contractId: string }> {
  const vendor = await post(
    w,
    w.admin,
    '/vendors',
    vendorBody(`Escalation Vendor ${randomBytes(4).toString('hex')}`, { channels: ['chat'], languages: ['en'] }),
  );
  const contract = await eventually(() =>
    post(w, w.admin, '/contracts', {
      vendorId: vendor.id,
      title: 'Chat support',
      startDate: '2026-01-01',
      endDate: '2027-12-31',
      channels: ['chat'],
      monthlyFee: { amount: 50000, currency: 'USD' },
    }),
  );
  return { vendorId: vendor.id, contractId: contract.id };
}

export async function newSla(w: EscalationsWorld, contractId: string, minimumSample = 30): Promise<string> {
  const sla = await post(w, w.admin, `/contracts/${contractId}/slas`, { ...FIRST_RESPONSE_SLA, minimumSample });
  return sla.id;
}

/** Records a manual weekly figure; below 90 % is a breach. Answers the write's position. */
export async function measure(
  w: EscalationsWorld,
  slaId: string,
  periodStart: string,
  value: number,
  sampleSize = 100,
): Promise<string> {
  return (await post(w, w.ops, `/slas/${slaId}/measurements`, { periodStart, value, sampleSize, source: 'manual' }))
    .position;
}

export async function defineRule(
  w: EscalationsWorld,
  contractId: string,
  trigger: EscalationTrigger,
  levels: object[] = LEVELS,
  ladder: { repeat?: number; resolveWithinMinutes?: number } = {},
): Promise<string> {
  const rule = await post(w, w.ops, '/escalation-rules', {
    contractId,
    name: `Rule on ${trigger.type}`,
    trigger,
    severity: 'high',
    levels,
    ...ladder,
  });
  return rule.id;
}

/** The contract's escalations once the write at `position` is reflected (a 503 says retry, as a client would). */
export async function escalationsOf(w: EscalationsWorld, contractId: string, position: string, token = w.ops) {
  return eventually(async () => {
    const res = await w.t.http
      .get(`/api/v1/escalations?contractId=${contractId}`)
      .set(bearer(token))
      .set('X-Min-Position', position);
    if (res.status !== 200) throw new Error(`GET /escalations answered ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body as { items: EscalationView[]; total: number };
  });
}

export async function historyTypes(w: EscalationsWorld, escalationId: string): Promise<string[]> {
  const res = await w.t.http.get(`/api/v1/escalations/${escalationId}/history`).set(bearer(w.ops)).expect(200);
  return res.body.items.map((e: { type: string }) => e.type);
}

/** An escalation of a one-breach SLA rule with `levels` (and `ladder`), once the read model shows it. */
export async function openEscalation(
  w: EscalationsWorld,
  levels: object[],
  ladder: { repeat?: number; resolveWithinMinutes?: number } = {},
): Promise<EscalationView> {
  const { contractId } = await newContract(w);
  const slaId = await newSla(w, contractId);
  await defineRule(w, contractId, { type: 'sla_breach', consecutiveBreaches: 1 }, levels, ladder);
  const { items } = await escalationsOf(w, contractId, await measure(w, slaId, '2026-03-02', 40));
  return items[0];
}

/** The escalation's own events, oldest first, as `GET /escalations/:id/history` shows them. */
export async function escalationHistory(w: EscalationsWorld, escalationId: string) {
  const res = await w.t.http.get(`/api/v1/escalations/${escalationId}/history`).set(bearer(w.ops)).expect(200);
  return res.body.items as { type: string; position: string; data: Record<string, unknown> }[];
}
