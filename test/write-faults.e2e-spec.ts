import { IdempotencyInterceptor, IdempotencyPurgeJob } from '@vendorwatch/event-store';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { minimalContract, vendorIn } from './helpers/contracts-fixtures';
import { adminToken, bearer, userWithRole } from './helpers/auth';
import { startTestApp, TestApp } from './helpers/test-app';
import { vendorBody } from './helpers/vendors-fixtures';

const REFERENCE = { company: 'Acme', contactRole: 'Head of CX', outcome: 'positive' };

/** Writers that race, retry or crash (issue 15): each accepted write counts once, none answers 5xx or 412 unasked. */
describe('write faults', () => {
  let t: TestApp;
  let admin: string;
  let procurement: string;
  let procurementId: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await adminToken(t);
    ({ token: procurement, id: procurementId } = await userWithRole(t, 'procurement'));
  });
  afterAll(() => t.close());
  afterEach(() => jest.restoreAllMocks());

  const sql = (text: string, params: unknown[] = []) => t.app.get(DataSource).query(text, params);
  const referenceChecks = async (vendorId: string) =>
    (
      await t.http.get(`/api/v1/vendors/${vendorId}/history?limit=200`).set(bearer(admin)).expect(200)
    ).body.items.filter((e: { type: string }) => e.type === 'VendorReferenceChecked').length;

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

  describe('idempotency', () => {
    it('runs a key whose first request crashed mid-way instead of answering 409 for a day', async () => {
      const vendorId = await vendorIn(t, procurement, 'prospect');
      await sql(
        `INSERT INTO idempotency_keys (user_key, idempotency_key, request_hash, created_at)
         VALUES ($1, 'crashed-key', 'whatever the crashed request was', now() - interval '5 minutes')`,
        [procurementId],
      );
      const res = await post(`/vendors/${vendorId}/reference-checks`, REFERENCE, { 'Idempotency-Key': 'crashed-key' });
      expect(res.status).toBe(201);
      const replay = await post(`/vendors/${vendorId}/reference-checks`, REFERENCE, {
        'Idempotency-Key': 'crashed-key',
      });
      expect(replay.status).toBe(201);
      expect(replay.body).toEqual(res.body);
      expect(await referenceChecks(vendorId)).toBe(1);
    });

    it('still answers 409 while the first request with the key is really in flight', async () => {
      const vendorId = await vendorIn(t, procurement, 'prospect');
      const hash = createHash('sha256')
        .update(`POST /api/v1/vendors/${vendorId}/reference-checks\n${JSON.stringify(REFERENCE)}`)
        .digest('hex');
      await sql(`INSERT INTO idempotency_keys (user_key, idempotency_key, request_hash) VALUES ($1, 'busy-key', $2)`, [
        procurementId,
        hash,
      ]);
      const res = await post(`/vendors/${vendorId}/reference-checks`, REFERENCE, { 'Idempotency-Key': 'busy-key' });
      expect(res.status).toBe(409);
    });

    it('answers a retry after a 5xx that followed a committed append with that write, appending nothing more', async () => {
      const vendorId = await vendorIn(t, procurement, 'prospect');
      // The database fails while the answer is stored: the append has committed, the client sees a 500.
      jest
        .spyOn(IdempotencyInterceptor.prototype as unknown as { remember(): Promise<void> }, 'remember')
        .mockRejectedValueOnce(new Error('connection lost'));
      const failed = await post(`/vendors/${vendorId}/reference-checks`, REFERENCE, { 'Idempotency-Key': 'k-500' });
      expect(failed.status).toBe(500);
      const retry = await post(`/vendors/${vendorId}/reference-checks`, REFERENCE, { 'Idempotency-Key': 'k-500' });
      expect(retry.status).toBe(201);
      expect(retry.body).toEqual(expect.objectContaining({ id: vendorId, version: 2 }));
      expect(await referenceChecks(vendorId)).toBe(1);
    });

    it('answers a key whose request crashed after its append committed with that write, running nothing again', async () => {
      const vendorId = await vendorIn(t, procurement, 'prospect');
      const body = { ...REFERENCE, company: 'Crashed after commit' };
      const first = await post(`/vendors/${vendorId}/reference-checks`, body, { 'Idempotency-Key': 'k-crash' });
      expect(first.status).toBe(201);
      // As the process left it had it died between the commit and the answer: the write recorded, no answer.
      await sql(
        `UPDATE idempotency_keys SET status_code = NULL, response = NULL, created_at = now() - interval '5 minutes'
         WHERE user_key = $1 AND idempotency_key = 'k-crash'`,
        [procurementId],
      );
      const retry = await post(`/vendors/${vendorId}/reference-checks`, body, { 'Idempotency-Key': 'k-crash' });
      expect(retry.status).toBe(201);
      expect(retry.body).toEqual(first.body);
      expect(await referenceChecks(vendorId)).toBe(1);
    });

    it('purges keys older than 24 hours', async () => {
      await sql(
        `INSERT INTO idempotency_keys (user_key, idempotency_key, request_hash, status_code, response, created_at)
         VALUES ($1, 'old-key', 'x', 201, '{}', now() - interval '25 hours'),
                ($1, 'fresh-key', 'x', 201, '{}', now() - interval '23 hours')`,
        [procurementId],
      );
      await t.app.get(IdempotencyPurgeJob).run();
      const keys = await sql(`SELECT idempotency_key FROM idempotency_keys WHERE user_key = $1 ORDER BY 1`, [
        procurementId,
      ]);
      expect(keys.map((k: { idempotency_key: string }) => k.idempotency_key)).not.toContain('old-key');
      expect(keys.map((k: { idempotency_key: string }) => k.idempotency_key)).toContain('fresh-key');
    });
  });

  describe('read-your-writes', () => {
    it('shows the vendor active right after a go-live, at the go-live position (the activation is a process manager)', async () => {
      for (let round = 0; round < 5; round++) {
        const vendorId = await vendorIn(t, procurement, 'approved');
        const as = (path: string, body: object) => t.http.post(`/api/v1${path}`).set(bearer(admin)).send(body);
        const contractId = (await as('/contracts', minimalContract(vendorId)).expect(201)).body.id;
        await as(`/contracts/${contractId}/sign`, {}).expect(201);
        const live = await as(`/contracts/${contractId}/go-live`, {}).expect(201);
        const vendor = await t.http
          .get(`/api/v1/vendors/${vendorId}`)
          .set(bearer(admin))
          .set('X-Min-Position', live.body.position)
          .expect(200);
        expect(vendor.body.status).toBe('active');
      }
    });
  });
});
