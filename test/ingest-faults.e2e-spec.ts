import { applicationName } from '@vendorwatch/event-store';
import { request as httpRequest, ClientRequest, IncomingMessage } from 'node:http';
import { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { minimalContract, vendorIn } from './helpers/contracts-fixtures';
import { bearer, userWithRole } from './helpers/auth';
import { startTestApp, TestApp } from './helpers/test-app';
import { eventually } from './helpers/eventually';
import { csvOf, goodRow } from './helpers/interactions-fixtures';

const HEADER = 'externalId,channel,createdAt';

/** Ingest uploads that are hostile, broken off or racing (issue 15): bad rows only reject themselves, nothing stalls. */
describe('ingest faults', () => {
  let t: TestApp;
  let ops: string;
  let contractId: string;
  let port: number;
  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen(0, '127.0.0.1');
    port = (t.app.getHttpServer().address() as AddressInfo).port;
    ops = (await userWithRole(t, 'ops_manager')).token;
    const procurement = (await userWithRole(t, 'procurement')).token;
    const vendorId = await vendorIn(t, procurement, 'approved');
    contractId = (
      await t.http.post('/api/v1/contracts').set(bearer(procurement)).send(minimalContract(vendorId)).expect(201)
    ).body.id;
  });
  afterAll(() => t.close());

  const path = () => `/api/v1/contracts/${contractId}/interactions`;
  const sendCsv = (csv: string) => t.http.post(path()).set(bearer(ops)).set('Content-Type', 'text/csv').send(csv);
  const sendJson = (json: string) =>
    t.http.post(path()).set(bearer(ops)).set('Content-Type', 'application/json').send(json);

  /** An upload whose body is written piece by piece and never ended unless the test does. */
  function openUpload(contentType: string): {
    req: ClientRequest;
    answer: Promise<IncomingMessage & { text: string }>;
  } {
    const req = httpRequest({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: path(),
      headers: { ...bearer(ops), 'Content-Type': contentType, 'Transfer-Encoding': 'chunked' },
    });
    const answer = new Promise<IncomingMessage & { text: string }>((resolve, reject) => {
      req.on('response', (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve(Object.assign(res, { text })));
      });
      req.on('error', reject);
    });
    answer.catch(() => undefined);
    return { req, answer };
  }

  /** The database sessions ingests hold open now. */
  const sessions = async () => {
    const [row] = await t.app
      .get(DataSource)
      .query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1`, [
        applicationName({ url: '', schema: t.schema }, 'ingest'),
      ]);
    return row.n as number;
  };

  describe('bad text in rows', () => {
    it('rejects only the CSV row holding a NUL and keeps the batch', async () => {
      const res = await sendCsv(
        `${HEADER}\nN-1,chat,2026-03-02T10:00:00Z\nN-2\u0000x,chat,2026-03-02T10:00:00Z\nN-3,chat,2026-03-02T11:00:00Z\n`,
      ).expect(200);
      expect(res.body.accepted).toBe(2);
      expect(res.body.rejected).toEqual([{ row: 2, reason: expect.stringMatching(/externalId: text may not hold/) }]);
    });

    it('rejects only the JSON row holding a NUL escape', async () => {
      const rows = [
        { externalId: 'J-1', channel: 'chat', createdAt: '2026-03-02T10:00:00Z' },
        { externalId: 'J-2', channel: 'chat', agentRef: 'a\u0000b', createdAt: '2026-03-02T10:00:00Z' },
      ];
      const res = await sendJson(JSON.stringify({ interactions: rows })).expect(200);
      expect(res.body.accepted).toBe(1);
      expect(res.body.rejected).toEqual([
        { row: 2, externalId: 'J-2', reason: expect.stringMatching(/agentRef: text may not hold/) },
      ]);
    });
  });

  describe('timestamps spanning centuries', () => {
    it('rejects rows outside the sane window with the reason and measures only the rest', async () => {
      const res = await sendCsv(
        `${HEADER}\nW-1,chat,1900-01-01T00:00:00Z\nW-2,chat,2026-03-03T10:00:00Z\nW-3,chat,2900-01-01T00:00:00Z\nW-4,chat,0050-03-01T10:00:00Z\n`,
      ).expect(200);
      expect(res.body.accepted).toBe(1);
      expect(res.body.rejected).toEqual([
        { row: 1, externalId: 'W-1', reason: expect.stringMatching(/createdAt 1900-01-01T00:00:00.000Z is outside/) },
        { row: 3, externalId: 'W-3', reason: expect.stringMatching(/createdAt 2900-01-01T00:00:00.000Z is outside/) },
        // Read as the year 50, not 1950.
        { row: 4, externalId: 'W-4', reason: expect.stringMatching(/createdAt 0050-03-01T10:00:00.000Z is outside/) },
      ]);
    });
  });

  describe('bodies that would be buffered or re-read without end', () => {
    it('refuses a huge top-level JSON key at once, before the upload ends', async () => {
      const { req, answer } = openUpload('application/json');
      req.write(`{"${'k'.repeat(64 * 1024)}`);
      const res = await answer;
      req.destroy();
      expect(res.statusCode).toBe(400);
      expect(JSON.parse(res.text).message).toMatch(/unknown property/);
    });

    it('refuses an unclosed quote followed by many lines once the row passes 64 KiB, before the upload ends', async () => {
      const { req, answer } = openUpload('text/csv');
      req.write(`${HEADER}\nQ-1,chat,"2026-03-02T10:00:00Z\n`);
      const lines = 'x,chat,2026-03-02T10:00:00Z\n'.repeat(2000);
      const started = Date.now();
      let sent = 0;
      while (sent < 3 * 1024 * 1024 && !(await Promise.race([answer.then(() => true), Promise.resolve(false)]))) {
        req.write(lines);
        sent += lines.length;
        await new Promise((resolve) => setImmediate(resolve));
      }
      const res = await answer;
      req.destroy();
      expect(res.statusCode).toBe(400);
      expect(JSON.parse(res.text).message).toMatch(/longer than/);
      expect(Date.now() - started).toBeLessThan(5000);
    });
  });

  describe('uploads the client breaks off', () => {
    it('frees the connection of every dropped upload; a valid ingest then succeeds', async () => {
      const before = await sessions();
      for (let i = 0; i < 12; i++) {
        const { req, answer } = openUpload('text/csv');
        req.write(`${HEADER}\nD-${i},chat,2026-03-02T10:00:00Z\n`);
        await new Promise((resolve) => setTimeout(resolve, 50));
        req.destroy();
        await answer.catch(() => undefined);
      }
      await eventually(async () => expect(await sessions()).toBeLessThanOrEqual(before), 10_000);
      const res = await sendCsv(csvOf([goodRow(1)])).expect(200);
      expect(res.body.accepted).toBe(1);
    });

    it('answers 503 with Retry-After past the cap on concurrent uploads, and takes uploads again once they end', async () => {
      const stalled = Array.from({ length: 8 }, () => openUpload('text/csv'));
      stalled.forEach(({ req }) => req.write(`${HEADER}\n`));
      await eventually(async () => expect(await sessions()).toBeGreaterThanOrEqual(8), 10_000);
      const refused = await sendCsv(csvOf([goodRow(2)]));
      expect(refused.status).toBe(503);
      expect(refused.headers['retry-after']).toBe('5');
      expect(refused.body).toMatchObject({
        statusCode: 503,
        error: 'Service Unavailable',
        message: expect.any(String),
      });
      stalled.forEach(({ req }) => req.destroy());
      await eventually(() => sendCsv(csvOf([goodRow(2)])).expect(200), 10_000);
    });
  });

  describe('concurrent ingests', () => {
    it('two overlapping ingests of one contract in opposite orders both answer 200', async () => {
      const rows = Array.from({ length: 3000 }, (_, k) => `O-${k},chat,2026-03-02T10:00:00Z`);
      for (let round = 0; round < 3; round++) {
        const edited = rows.map((row) => row.replace('10:00', `1${round}:0${round}`));
        const [a, b] = await Promise.all([
          sendCsv(`${HEADER}\n${edited.join('\n')}\n`),
          sendCsv(`${HEADER}\n${[...edited].reverse().join('\n')}\n`),
        ]);
        expect([a.status, b.status]).toEqual([200, 200]);
      }
    });
  });
});
