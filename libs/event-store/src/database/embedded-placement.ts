import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdirSync, renameSync, rmSync, Stats, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Where a root-started embedded PostgreSQL keeps what its `postgres` user could not reach in the checkout. */
export const ROOT_EMBEDDED_HOME = '/var/lib/vendorwatch';

export interface PostgresUser {
  uid: number;
  gid: number;
}

export interface EmbeddedPlacement {
  /** PGDATA. */
  dataDir: string;
  /** The lock file that names the process running this embedded server (beside the data). */
  lockFile: string;
  /** The folder holding `bin/`, `lib/` and `share/` of the PostgreSQL binaries the server runs from. */
  binaries: string;
  /** The user the server runs as: the `postgres` user when started by root, else the current user (undefined). */
  user?: PostgresUser;
  /** Set when the data (and binaries) were placed outside the checkout because its user could not reach them. */
  relocatedFrom?: string;
}

function idOf(flag: '-u' | '-g'): number {
  return Number(execFileSync('id', [flag, 'postgres'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString());
}

/** The `postgres` user, created (a system user in a group of its own) when missing. */
export function postgresUser(): PostgresUser {
  try {
    return { uid: idOf('-u'), gid: idOf('-g') };
  } catch {
    execFileSync('sh', [
      '-c',
      'getent group postgres >/dev/null || groupadd --system postgres; useradd --system -g postgres --no-create-home --shell /usr/sbin/nologin postgres',
    ]);
    return { uid: idOf('-u'), gid: idOf('-g') };
  }
}

/** Whether a process of `user` (its primary group only: a spawn with uid and gid drops supplementary groups) may enter. */
function mayEnter(dir: Stats, user: PostgresUser): boolean {
  const bit = dir.uid === user.uid ? 0o100 : dir.gid === user.gid ? 0o010 : 0o001;
  return (dir.mode & bit) !== 0;
}

/** The first existing directory at or above `path` that `user` cannot enter, if any. */
export function unreachableDirectory(path: string, user: PostgresUser): string | undefined {
  const parents: string[] = [];
  for (let current = resolve(path); ; current = dirname(current)) {
    parents.unshift(current);
    if (dirname(current) === current) break;
  }
  return parents.find((dir) => existsSync(dir) && !mayEnter(statSync(dir), user));
}

/** A root-owned directory every user may enter. */
function openDirectory(dir: string): void {
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, 0o755);
}

/** A copy of the binaries where `user` can reach them, made once per binaries folder (an atomic rename). */
function reachableBinaries(binaries: string): string {
  const key = createHash('sha256').update(binaries).digest('hex').slice(0, 12);
  const target = join(ROOT_EMBEDDED_HOME, 'binaries', key);
  if (existsSync(join(target, 'bin', 'postgres'))) return target;
  openDirectory(dirname(target));
  const partial = `${target}.${process.pid}.partial`;
  cpSync(binaries, partial, { recursive: true, verbatimSymlinks: true });
  chmodSync(partial, 0o755);
  try {
    renameSync(partial, target);
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    if (!existsSync(join(target, 'bin', 'postgres'))) throw error;
  }
  return target;
}

/**
 * Started by root, PostgreSQL runs as the `postgres` user, which must be able to enter every directory above its
 * data and binaries. A checkout under /root or in a `mktemp -d` folder is not reachable: its data then lives under
 * /var/lib/vendorwatch/<hash of the checkout's data folder>, and the binaries are copied to
 * /var/lib/vendorwatch/binaries/ once. Any other user runs the server itself, with the data where it was asked.
 */
export function placeEmbedded(requestedDataDir: string, binaries: string): EmbeddedPlacement {
  const dataDir = resolve(requestedDataDir);
  const inPlace = { dataDir, lockFile: `${dataDir}.lock`, binaries };
  if (process.getuid?.() !== 0) return inPlace;
  const user = postgresUser();
  const blocked = unreachableDirectory(dirname(dataDir), user) ?? unreachableDirectory(binaries, user);
  if (!blocked) return { ...inPlace, user };
  openDirectory(ROOT_EMBEDDED_HOME);
  const key = createHash('sha256').update(dataDir).digest('hex').slice(0, 12);
  const relocated = join(ROOT_EMBEDDED_HOME, `${key}-postgres`);
  return {
    dataDir: relocated,
    lockFile: `${relocated}.lock`,
    binaries: unreachableDirectory(binaries, user) ? reachableBinaries(binaries) : binaries,
    user,
    relocatedFrom: dataDir,
  };
}
