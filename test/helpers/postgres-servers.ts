import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const TOOLS = resolve(__dirname, '../../tools/ha');

/** A loopback port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  await new Promise((closed) => server.close(closed));
  return port;
}

export interface ReplicaPair {
  primaryUrl: string;
  replicaUrl: string;
  stop(): void;
}

/** A fresh PostgreSQL 15 primary and its streaming replica (`tools/ha/replica-pair.sh`), in a temporary folder. */
export async function startReplicaPair(): Promise<ReplicaPair> {
  const parent = mkdtempSync(join(tmpdir(), 'vendorwatch-replica-'));
  execFileSync('chmod', ['755', parent]);
  const dir = join(parent, 'pg');
  const [primary, replica] = [await freePort(), await freePort()];
  execFileSync(join(TOOLS, 'replica-pair.sh'), ['start', dir, String(primary), String(replica)], { stdio: 'pipe' });
  return {
    primaryUrl: `postgres://postgres@127.0.0.1:${primary}/postgres`,
    replicaUrl: `postgres://postgres@127.0.0.1:${replica}/postgres`,
    stop: () => {
      execFileSync(join(TOOLS, 'replica-pair.sh'), ['stop', dir], { stdio: 'pipe' });
      rmSync(parent, { recursive: true, force: true });
    },
  };
}

/** `count` consecutive loopback ports nobody listens on right now (the HA stack takes seven). */
export async function freePortRange(count: number): Promise<number> {
  for (;;) {
    const base = 20_000 + Math.floor(Math.random() * 30_000);
    const free = await Promise.all(
      Array.from({ length: count }, (_, i) => {
        const server = createServer();
        return new Promise<boolean>((done) => {
          server.once('error', () => done(false));
          server.listen(base + i, '127.0.0.1', () => server.close(() => done(true)));
        });
      }),
    );
    if (free.every(Boolean)) return base;
  }
}

export interface HaStack {
  url: string;
  /** SIGKILLs the leader's Patroni and PostgreSQL; returns the node's name. */
  killPrimary(): string;
  leader(): string;
  stop(): void;
}

/** etcd, two Patroni-managed PostgreSQL 15 nodes (synchronous mode) and HAProxy (`tools/ha/ha-stack.sh`). */
export async function startHaStack(): Promise<HaStack> {
  const parent = mkdtempSync(join(tmpdir(), 'vendorwatch-ha-'));
  execFileSync('chmod', ['755', parent]);
  const dir = join(parent, 'stack');
  const stack = (...args: string[]) =>
    execFileSync(join(TOOLS, 'ha-stack.sh'), [args[0], dir, ...args.slice(1)], { stdio: 'pipe' })
      .toString()
      .trim();
  const url = stack('start', String(await freePortRange(7)));
  return {
    url,
    killPrimary: () => stack('kill-primary'),
    leader: () => stack('leader'),
    stop: () => {
      stack('stop');
      rmSync(parent, { recursive: true, force: true });
    },
  };
}
