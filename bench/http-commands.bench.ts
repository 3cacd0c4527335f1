import autocannon from 'autocannon';
import { Agent, request } from 'node:http';
import { DataSource } from 'typeorm';
import { queryRows } from '@vendorwatch/event-store';
import { ADMIN, benchEnv, latencies } from './bench-app';
import { openBenchDatabase } from './bench-database';
import { freePort, NpmProcess, runNode, waitForHealth } from './npm-start';

const CLIENTS = 16;
const SECONDS = 10;
const STEADY_RATE = 200;
const SAMPLE_EVERY_MS = 100;
const REFERENCE_CHECK = JSON.stringify({ company: 'Globex Retail', contactRole: 'Head of Care', outcome: 'positive' });

interface Load {
  rate: number;
  latencies: number[];
  answers: { at: number; position: string }[];
  failures: number;
}

function recordPosition(result: Load, body: string): void {
  const { position } = JSON.parse(body) as { position?: string };
  if (position) result.answers.push({ at: performance.now(), position });
}

/** `CLIENTS` connections, each POSTing to its own path as fast as it is answered, for `SECONDS`: the peak. */
async function load(origin: string, paths: string[], headers: Record<string, string>): Promise<Load> {
  const result: Load = { rate: 0, latencies: [], answers: [], failures: 0 };
  let next = 0;
  const instance = autocannon({
    url: origin,
    connections: CLIENTS,
    duration: SECONDS,
    setupClient: (client) => {
      const path = paths[next++ % paths.length];
      client.setRequests([
        { method: 'POST', path, headers: { ...headers, 'content-type': 'application/json' }, body: REFERENCE_CHECK },
      ]);
      client.on('body', (body: Buffer) => recordPosition(result, body.toString()));
      client.on('response', (status: number, _bytes: number, ms: number) => {
        if (status === 201) result.latencies.push(ms);
        else result.failures += 1;
      });
    },
  });
  const done = await instance;
  result.rate = done.requests.average;
  return result;
}

/**
 * `rate` requests a second, one every 1000/rate ms, for `SECONDS`, over at most `CLIENTS` keep-alive connections,
 * each timed from when it was due to be sent (so a slow answer delays nothing and hides nothing). autocannon's own
 * rate sends each second's quota at full speed and then waits, which measures the peak's latency again.
 */
async function paced(origin: string, paths: string[], headers: Record<string, string>, rate: number): Promise<Load> {
  const result: Load = { rate: 0, latencies: [], answers: [], failures: 0 };
  const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
  const interval = 1000 / rate;
  const total = Math.round(rate * SECONDS);
  const started = performance.now();
  const sent: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = started + i * interval;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    sent.push(
      new Promise<void>((done) => {
        const body = Buffer.from(REFERENCE_CHECK);
        const url = new URL(paths[i % paths.length], origin);
        const req = request(url, {
          method: 'POST',
          agent,
          headers: { ...headers, 'content-type': 'application/json', 'content-length': body.length },
        });
        req.on('response', (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            if (res.statusCode === 201) result.latencies.push(performance.now() - due);
            else result.failures += 1;
            recordPosition(result, Buffer.concat(chunks).toString());
            done();
          });
        });
        req.on('error', () => {
          result.failures += 1;
          done();
        });
        req.end(body);
      }),
    );
  }
  await Promise.all(sent);
  result.rate = (total * 1000) / (performance.now() - started);
  agent.destroy();
  return result;
}

async function startProcess(entry: string, env: NodeJS.ProcessEnv, ready: (p: NpmProcess) => Promise<unknown>) {
  const started = runNode(entry, env);
  await ready(started);
  return started;
}

async function stopProcess(started: NpmProcess): Promise<void> {
  started.child.kill('SIGTERM');
  await started.exited;
}

async function json<T>(response: Response): Promise<T> {
  if (!response.ok) throw new Error(`${response.url} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** Polls the checkpoint of `projection` every few ms while `during` runs: when it reached which (xid, position). */
async function watchCheckpoint<T>(db: DataSource, projection: string, during: Promise<T>) {
  const samples: { at: number; xid: bigint; position: bigint }[] = [];
  let running = true;
  const watching = (async () => {
    while (running) {
      const [row] = await queryRows<{ xid: string; position: string }>(
        db,
        `SELECT transaction_id::text AS xid, global_position::text AS position FROM projection_checkpoints WHERE projection = $1`,
        [projection],
      );
      if (row) samples.push({ at: performance.now(), xid: BigInt(row.xid), position: BigInt(row.position) });
      await new Promise((r) => setTimeout(r, 2));
    }
  })();
  const result = await during;
  await new Promise((r) => setTimeout(r, 2_000));
  running = false;
  await watching;
  return { result, samples };
}

/** Waits (up to 2 min) until every projection has applied every event stored, so one phase's backlog is not the next's load. */
async function settle(db: DataSource): Promise<void> {
  for (let waited = 0; waited < 120_000; waited += 100) {
    const [row] = await queryRows<{ behind: number }>(
      db,
      `SELECT count(*)::int AS behind FROM projection_checkpoints
       WHERE global_position < (SELECT coalesce(max(global_position), 0) FROM events)`,
    );
    if (row.behind === 0) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** For each answer, ms from the answer until the projection had applied its event (ADR 0002's order). */
async function projectionLags(db: DataSource, load: Load, samples: { at: number; xid: bigint; position: bigint }[]) {
  const rows = await queryRows<{ position: string; xid: string }>(
    db,
    `SELECT global_position::text AS position, transaction_id::text AS xid FROM events WHERE global_position = ANY($1::bigint[])`,
    [load.answers.map((a) => a.position)],
  );
  const xidOf = new Map(rows.map((r) => [r.position, BigInt(r.xid)]));
  return load.answers.flatMap(({ at, position }) => {
    const [xid, pos] = [xidOf.get(position) ?? 0n, BigInt(position)];
    const reached = samples.find((s) => s.xid > xid || (s.xid === xid && s.position >= pos));
    return reached ? [Math.max(0, reached.at - at)] : [];
  });
}

/** A command then a read of its result with `X-Min-Position`, every SAMPLE_EVERY_MS while `until` is pending. */
async function readYourWrites(base: string, auth: Record<string, string>, vendorId: string, until: Promise<unknown>) {
  const waits: number[] = [];
  const plain: number[] = [];
  let timedOut = 0;
  let running = true;
  void until.finally(() => (running = false));
  while (running) {
    const written = await json<{ position: string }>(
      await fetch(`${base}/vendors/${vendorId}/reference-checks`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: REFERENCE_CHECK,
      }),
    );
    for (const [timings, extra] of [
      [waits, { 'X-Min-Position': written.position }],
      [plain, {}],
    ] as const) {
      const started = performance.now();
      const read = await fetch(`${base}/vendors/${vendorId}`, { headers: { ...auth, ...extra } });
      await read.arrayBuffer();
      if (read.status === 503) timedOut += 1;
      else timings.push(performance.now() - started);
    }
    await new Promise((r) => setTimeout(r, SAMPLE_EVERY_MS));
  }
  return { waits, plain, timedOut };
}

/**
 * What a user waits for on the write path (issue 22): a typical command (a reference check) from 16 concurrent
 * clients against the product in its own process, beside a bare node:http endpoint doing one INSERT; p95 at half the
 * peak rate; at a steady 200 commands/s, the delay from each answer to its read model and the X-Min-Position wait.
 */
export async function httpCommandsBench(): Promise<void> {
  const bench = await openBenchDatabase();
  const [productPort, barePort] = [await freePort(), await freePort()];
  const env = benchEnv(bench);
  const product = await startProcess('dist/apps/api/src/main.js', { ...env, PORT: String(productPort) }, (p) =>
    waitForHealth(productPort, p, 120_000),
  );
  const bare = await startProcess('dist/bench/bare-endpoint.js', { ...env, PORT: String(barePort) }, async (p) => {
    for (let i = 0; i < 200 && !p.output().includes('listening'); i++) await new Promise((r) => setTimeout(r, 50));
  });
  try {
    const origin = `http://127.0.0.1:${productPort}`;
    const base = `${origin}/api/v1`;
    const { accessToken } = await json<{ accessToken: string }>(
      await fetch(`${base}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(ADMIN),
      }),
    );
    const auth = { authorization: `Bearer ${accessToken}` };
    const vendorIds: string[] = [];
    for (let i = 0; i <= CLIENTS; i++) {
      const body = {
        name: `Bench vendor ${i}`,
        country: 'PH',
        channels: ['chat'],
        languages: ['en'],
        sites: [{ city: 'Manila', country: 'PH', timezone: 'Asia/Manila' }],
      };
      const { id } = await json<{ id: string }>(
        await fetch(`${base}/vendors`, {
          method: 'POST',
          headers: { ...auth, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        }),
      );
      vendorIds.push(id);
    }
    const paths = vendorIds.slice(0, CLIENTS).map((id) => `/api/v1/vendors/${id}/reference-checks`);

    const bareRun = await load(`http://127.0.0.1:${barePort}`, ['/'], {});
    await settle(bench.db);
    const peak = await load(origin, paths, auth);
    await settle(bench.db);
    const half = await paced(origin, paths, auth, Math.max(1, Math.round(peak.rate / 2)));
    await settle(bench.db);
    const steady = paced(origin, paths, auth, STEADY_RATE);
    const [{ result: steadyRun, samples }, { waits, plain, timedOut }] = await Promise.all([
      watchCheckpoint(bench.db, 'vendor-summary', steady),
      readYourWrites(base, auth, vendorIds[CLIENTS], steady),
    ]);
    const lags = await projectionLags(bench.db, steadyRun, samples);

    const share = Math.round((peak.rate / bareRun.rate) * 100);
    console.log(
      `\nHTTP commands, ${CLIENTS} concurrent clients, ${SECONDS} s each (product in its own process, API + worker)`,
    );
    console.log(
      `  baseline: bare node:http endpoint, one INSERT   ${Math.round(bareRun.rate)} req/s, ${latencies(bareRun.latencies).text}`,
    );
    console.log(
      `  POST /vendors/:id/reference-checks, peak        ${Math.round(peak.rate)} req/s (${share}% of the baseline; target >= 50%), ${latencies(peak.latencies).text}, ${peak.failures} not 201`,
    );
    console.log(
      `  the same at half the peak, evenly paced (${Math.round(peak.rate / 2)} req/s) ${latencies(half.latencies).text} (target p95 < 25 ms), ${half.failures} not 201`,
    );
    console.log(
      `Projection lag at a steady ${STEADY_RATE} commands/s, evenly paced (${Math.round(steadyRun.rate)} achieved, ${steadyRun.failures} not 201)`,
    );
    console.log(
      `  answer → vendor-summary applied                 ${latencies(lags).text} over ${lags.length} commands (target p95 < 100 ms)`,
    );
    console.log(
      `  GET /vendors/:id with X-Min-Position            ${latencies(waits).text} over ${waits.length} reads, ${timedOut} answered 503 after 5 s`,
    );
    console.log(`  baseline: the same GET without the header        ${latencies(plain).text}`);
  } finally {
    await stopProcess(bare);
    await stopProcess(product);
    await bench.close();
  }
}
