import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { EventStore, ProjectionCheckpoints, ProjectionRegistry } from '@vendorwatch/event-store';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { createApp } from '../apps/api/src/app';
import { loadConfig } from '../apps/api/src/config';
import { seedVendorWithContracts } from './reports.bench';

/**
 * `npm run bench:replica`: what `DATABASE_REPLICA_URL` takes off the primary. A fresh PostgreSQL 15 primary and
 * streaming replica (tools/ha/replica-pair.sh), VENDORS vendors with five live contracts each, then the same report
 * and list GETs from an API process without and with the replica, counting on each server the rows read and the
 * transactions (pg_stat_database, read once the API's sessions have ended and flushed them).
 */
const VENDORS = 200;
const REQUESTS = 400;
const SCHEMA = 'bench_replica';
const ADMIN = { email: 'bench-admin@vendorwatch.test', password: 'bench-admin-password' };
const PAIR = resolve(__dirname, '../../tools/ha/replica-pair.sh');

interface ServerStats {
  transactions: number;
  rowsRead: number;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  await new Promise((closed) => server.close(closed));
  return port;
}

async function stats(url: string): Promise<ServerStats> {
  const client = new Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<ServerStats>(
    `SELECT (xact_commit + xact_rollback)::float8 AS transactions, (tup_returned + tup_fetched)::float8 AS "rowsRead"
     FROM pg_stat_database WHERE datname = current_database()`,
  );
  await client.end();
  return rows[0];
}

const product = (primary: string, env: Record<string, string>) =>
  loadConfig({
    DATABASE_URL: primary,
    DATABASE_SCHEMA: SCHEMA,
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    JWT_SECRET: 'bench-secret-that-is-long-enough-for-hs256',
    LOG_LEVEL: 'error',
    RATE_LIMIT_PER_MINUTE: '1000000',
    ...env,
  });

async function seed(primary: string): Promise<{ vendorIds: string[] }> {
  const app = await createApp(product(primary, {}), { url: primary, schema: SCHEMA });
  try {
    const vendorIds: string[] = [];
    let position = '0';
    for (let v = 0; v < VENDORS; v++) {
      const seeded = await seedVendorWithContracts(app.get(EventStore), v, 5);
      position = seeded.position;
      vendorIds.push(seeded.vendorId);
    }
    const names = app
      .get(ProjectionRegistry)
      .all()
      .map((p) => p.name);
    if (!(await app.get(ProjectionCheckpoints).waitUntilProcessed(names, position, 600_000)))
      throw new Error('The projections did not catch up within 10 minutes.');
    return { vendorIds };
  } finally {
    await app.close();
  }
}

/** REQUESTS report and list GETs from an API process without a worker; mean latency in ms. */
async function readReports(primary: string, replica: string | undefined, vendorIds: string[]): Promise<number> {
  const app = await createApp(product(primary, { WORKER: 'off', DATABASE_REPLICA_URL: replica ?? '' }), {
    url: primary,
    schema: SCHEMA,
  });
  await app.listen(0, '127.0.0.1');
  const base = `${await app.getUrl()}/api/v1`;
  try {
    const login = await fetch(`${base}/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(ADMIN),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const paths = (i: number) =>
      [
        `/vendors?limit=50`,
        `/contracts?limit=50`,
        `/reports/vendor-ranking`,
        `/vendors/${vendorIds[i % vendorIds.length]}/checklist`,
      ][i % 4];
    const started = performance.now();
    for (let i = 0; i < REQUESTS; i++) {
      const res = await fetch(`${base}${paths(i)}`, { headers: { Authorization: `Bearer ${accessToken}` } });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${paths(i)} answered ${res.status}`);
    }
    return (performance.now() - started) / REQUESTS;
  } finally {
    await app.close();
  }
}

async function main(): Promise<void> {
  Logger.overrideLogger(['error']);
  const parent = mkdtempSync(join(tmpdir(), 'vendorwatch-replica-bench-'));
  execFileSync('chmod', ['755', parent]);
  const dir = join(parent, 'pg');
  const [primaryPort, replicaPort] = [await freePort(), await freePort()];
  execFileSync(PAIR, ['start', dir, String(primaryPort), String(replicaPort)], { stdio: 'pipe' });
  const primary = `postgres://postgres@127.0.0.1:${primaryPort}/postgres`;
  const replica = `postgres://postgres@127.0.0.1:${replicaPort}/postgres`;
  try {
    const { vendorIds } = await seed(primary);
    console.log(
      `Replica bench: ${VENDORS} vendors, ${VENDORS * 5} contracts; ${REQUESTS} report and list GETs per run`,
    );
    for (const [label, replicaUrl] of [
      ['primary only', undefined],
      ['with DATABASE_REPLICA_URL', replica],
    ] as const) {
      const before = [await stats(primary), await stats(replica)];
      const meanMs = await readReports(primary, replicaUrl, vendorIds);
      await new Promise((settle) => setTimeout(settle, 1_000));
      const after = [await stats(primary), await stats(replica)];
      const per = (i: number, key: keyof ServerStats) => ((after[i][key] - before[i][key]) / REQUESTS).toFixed(1);
      console.log(
        `${label.padEnd(26)} primary: ${per(0, 'rowsRead')} rows read, ${per(0, 'transactions')} transactions per GET; ` +
          `replica: ${per(1, 'rowsRead')} rows read, ${per(1, 'transactions')} transactions per GET; mean ${meanMs.toFixed(1)} ms`,
      );
    }
  } finally {
    execFileSync(PAIR, ['stop', dir], { stdio: 'pipe' });
    rmSync(parent, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
