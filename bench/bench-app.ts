import { NestExpressApplication } from '@nestjs/platform-express';
import { ProjectionCheckpoints, ProjectionRegistry } from '@vendorwatch/event-store';
import { createApp } from '../apps/api/src/app';
import { loadConfig } from '../apps/api/src/config';
import { BenchDatabase, openBenchDatabase } from './bench-database';

export const ADMIN = { email: 'bench-admin@vendorwatch.test', password: 'bench-admin-password' };

/** The product's environment on a bench schema: a known admin and secret, errors only, no rate limit to speak of. */
export function benchEnv(bench: BenchDatabase, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    ...extra,
    DATABASE_URL: bench.settings.url,
    DATABASE_SCHEMA: bench.settings.schema,
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    JWT_SECRET: 'bench-secret-that-is-long-enough-for-hs256',
    LOG_LEVEL: 'error',
    RATE_LIMIT_PER_MINUTE: '1000000',
  };
}

export interface BenchApp {
  app: NestExpressApplication;
  bench: BenchDatabase;
  /** `http://127.0.0.1:<port>/api/v1` */
  base: string;
  /** The admin's `Authorization` header. */
  auth: { Authorization: string };
  /** Waits until every projection has processed `position` (a catching-up worker would skew the timings). */
  catchUp(position: string, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/** The product (API and worker in one process, as `npm start` runs it) on a fresh bench schema, signed in as admin. */
export async function startBenchApp(extraEnv: NodeJS.ProcessEnv = {}): Promise<BenchApp> {
  const bench = await openBenchDatabase();
  const config = loadConfig(benchEnv(bench, extraEnv));
  const app = await createApp(config, bench.settings);
  await app.listen(0, '127.0.0.1');
  const base = `${await app.getUrl()}/api/v1`;
  const login = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const names = app
    .get(ProjectionRegistry)
    .all()
    .map((p) => p.name);
  return {
    app,
    bench,
    base,
    auth: { Authorization: `Bearer ${accessToken}` },
    catchUp: async (position, timeoutMs = 600_000) => {
      const caughtUp = await app.get(ProjectionCheckpoints).waitUntilProcessed(names, position, timeoutMs);
      if (!caughtUp) throw new Error(`The projections did not reach position ${position} within ${timeoutMs} ms.`);
    },
    close: async () => {
      await app.close();
      await bench.close();
    },
  };
}

export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** `p50 1.2 ms, p95 3.4 ms` of unsorted timings. */
export function latencies(timings: number[]): { p50: number; p95: number; p99: number; text: string } {
  if (timings.length === 0) return { p50: NaN, p95: NaN, p99: NaN, text: 'no sample' };
  const sorted = [...timings].sort((a, b) => a - b);
  const [p50, p95, p99] = [50, 95, 99].map((p) => percentile(sorted, p));
  return { p50, p95, p99, text: `p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms` };
}

/** Sequential GETs of `urlOf()` after a warm-up; the timings in ms. */
export async function timeGets(
  urlOf: () => string,
  headers: Record<string, string>,
  requests: number,
  warmup = 50,
): Promise<number[]> {
  const timings: number[] = [];
  for (let i = 0; i < warmup + requests; i++) {
    const url = urlOf();
    const started = performance.now();
    const res = await fetch(url, { headers });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
    if (i >= warmup) timings.push(performance.now() - started);
  }
  return timings;
}
