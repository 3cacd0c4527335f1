import { readFileSync, rmSync, writeFileSync } from 'node:fs';

/** Who runs an embedded database: written to its lock file, and named to whoever else tries to start it. */
export interface EmbeddedOwner {
  /** What runs, as its user typed it (`npm start`, `npm run seed`, `npm run cli -- rebuild …`). */
  command: string;
  /** The HTTP port it serves, when it does. */
  port?: number;
}

interface LockContent extends EmbeddedOwner {
  pid: number;
  startedAt: string;
  databaseUrl?: string;
}

/** Another live process runs this embedded database; the message names it and the ways on. */
export class EmbeddedDatabaseInUseError extends Error {
  constructor(readonly owner: LockContent) {
    const serving = owner.port ? `, serving http://localhost:${owner.port}` : '';
    const url = owner.databaseUrl ? ` Its database: ${owner.databaseUrl}.` : '';
    super(
      `Vendorwatch is already running on this embedded database: \`${owner.command}\` (pid ${owner.pid}${serving}, ` +
        `since ${owner.startedAt}).${url} Stop it first (kill ${owner.pid})` +
        (owner.databaseUrl ? `, or run beside it on its database: DATABASE_URL=${owner.databaseUrl} <command>.` : '.'),
    );
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    // A pid the system gave to another program since (Linux only; elsewhere a live pid is taken as ours).
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('node');
  } catch {
    return true;
  }
}

function read(file: string): LockContent | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as LockContent;
  } catch {
    return undefined;
  }
}

export interface EmbeddedLock {
  /** Adds the database URL once the server is up, for the message another process gets. */
  publish(databaseUrl: string): void;
  release(): void;
}

/**
 * Takes the lock file of an embedded database (created exclusively), or throws `EmbeddedDatabaseInUseError`
 * naming the live process that holds it. A lock left by a process that died is taken over.
 */
export function acquireEmbeddedLock(file: string, owner: EmbeddedOwner): EmbeddedLock {
  const content: LockContent = { ...owner, pid: process.pid, startedAt: new Date().toISOString() };
  const write = (flag: 'wx' | 'w') => writeFileSync(file, `${JSON.stringify(content, null, 2)}\n`, { flag });
  for (let attempt = 0; ; attempt++) {
    try {
      write('wx');
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 5) throw error;
      const holder = read(file);
      if (!holder && attempt < 5) {
        // Just created by another process that has not written it yet.
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
        continue;
      }
      if (holder && alive(holder.pid)) throw new EmbeddedDatabaseInUseError(holder);
      rmSync(file, { force: true });
    }
  }
  let released = false;
  return {
    publish: (databaseUrl) => {
      content.databaseUrl = databaseUrl;
      if (!released) write('w');
    },
    release: () => {
      if (released) return;
      released = true;
      if (read(file)?.pid === process.pid) rmSync(file, { force: true });
    },
  };
}
