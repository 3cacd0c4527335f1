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
