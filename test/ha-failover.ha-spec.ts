import { DataSource } from 'typeorm';
import { bearer, userWithRole } from './helpers/auth';
import { eventually } from './helpers/eventually';
import { HaStack, startHaStack } from './helpers/postgres-servers';
import { settled, startTestApp, TestApp } from './helpers/test-app';
import { vendorBody } from './helpers/vendors-fixtures';

/**
 * SPEC §16 with the standard HA stack (run by `.ci/run` as a step of its own: `npx jest --testRegex '\.ha-spec\.ts$'`):
 * a writer loop of commands runs through HAProxy while the primary's machine dies (Patroni and PostgreSQL SIGKILLed).
 */
interface Answer {
  status: number;
  retryAfter?: string;
  id?: string;
  position?: string;
  sentAt: number;
  ms: number;
}

const RECOVERY_MS = 30_000;

/** Waits until the writer's answers hold what `find` looks for. */
const answered = (find: () => Answer | undefined, what: string, timeoutMs = 30_000) =>
  eventually(() => {
    const found = find();
    return found ? Promise.resolve(found) : Promise.reject(new Error(`not yet: ${what}`));
  }, timeoutMs);
/** The product gives up on a database that does not answer: connect 5 s, or a statement 8 s, plus the answer. */
const FAIL_FAST_MS = 10_000;

describe('losing the PostgreSQL primary (SPEC §16)', () => {
  let stack: HaStack;
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    stack = await startHaStack();
    t = await startTestApp({ DATABASE_URL: stack.url });
    token = (await userWithRole(t, 'procurement')).token;
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    stack?.stop();
  });

  it('answers 503 fast while no primary answers, then commands succeed on the promoted replica and nothing acknowledged is lost or doubled', async () => {
    const answers: Answer[] = [];
    let writing = true;
    const writer = (async () => {
      for (let n = 1; writing; n++) {
        const sentAt = Date.now();
        const res = await t.http
          .post('/api/v1/vendors')
          .set(bearer(token))
          .send(vendorBody(`HA Vendor ${n}`));
        const body = res.body as { id?: string; position?: string };
        answers.push({
          status: res.status,
          retryAfter: res.headers['retry-after'],
          ...body,
          sentAt,
          ms: Date.now() - sentAt,
        });
        if (res.status !== 201) await new Promise((resolve) => setTimeout(resolve, 250));
      }
    })();
    const succeeded = () => answers.filter((answer) => answer.status === 201);
    await answered(() => succeeded()[9], 'ten commands acknowledged before the kill');

    const before = stack.leader();
    const killedAt = Date.now();
    expect(stack.killPrimary()).toBe(before);
    const firstAfter = await answered(
      () => answers.find((a) => a.sentAt > killedAt && a.status === 201),
      'a command acknowledged since the primary died',
      60_000,
    );
    await answered(() => succeeded().filter((a) => a.sentAt > firstAfter.sentAt)[9], 'ten more acknowledged');
    writing = false;
    await writer;

    const recoveredMs = firstAfter.sentAt + firstAfter.ms - killedAt;
    console.log(
      `failover: first command acknowledged ${recoveredMs} ms after the kill; ${answers.length} commands sent`,
    );
    expect(stack.leader()).not.toBe(before);
    expect(recoveredMs).toBeLessThan(RECOVERY_MS);
    const failed = answers.filter((a) => a.status !== 201);
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.filter((a) => a.status !== 503 || a.retryAfter === undefined)).toEqual([]);
    expect(answers.filter((a) => a.ms > FAIL_FAST_MS)).toEqual([]);

    const db = t.app.get(DataSource);
    const acknowledged = succeeded().map((a) => a.id!);
    const stored = await db.query<{ stream_id: string; events: number }[]>(
      `SELECT stream_id, count(*)::int AS events FROM events
       WHERE event_type = 'VendorRegistered' AND stream_id = ANY($1) GROUP BY stream_id`,
      [acknowledged],
    );
    expect(stored).toHaveLength(acknowledged.length);
    expect(stored.filter((row) => row.events !== 1)).toEqual([]);

    const [{ latest, registered }] = await db.query<{ latest: string; registered: number }[]>(
      `SELECT max(global_position)::text AS latest, count(*) FILTER (WHERE event_type = 'VendorRegistered')::int AS registered FROM events`,
    );
    await settled(t, latest);
    const list = await t.http
      .get('/api/v1/vendors?limit=1')
      .set(bearer(token))
      .set('X-Min-Position', latest)
      .expect(200);
    // Each registration applied exactly once: one summary per event, the acknowledged ones among them.
    expect(list.body.total).toBe(registered);
    const [{ summaries }] = await db.query<{ summaries: number }[]>(
      `SELECT count(*)::int AS summaries FROM vendor_summaries WHERE id = ANY($1)`,
      [acknowledged],
    );
    expect(summaries).toBe(acknowledged.length);
  }, 180_000);
});
