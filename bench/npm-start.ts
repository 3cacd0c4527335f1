import { ChildProcess, spawn } from 'node:child_process';
import { get } from 'node:http';
import { createServer } from 'node:net';

/** `npm <args>` as its user runs it: its own process, its output collected, DATABASE_URL as given in `env`. */
export interface NpmProcess {
  child: ChildProcess;
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function runNpm(args: string[], cwd: string, env: NodeJS.ProcessEnv): NpmProcess {
  return runProcess('npm', args, cwd, env);
}

/** A compiled entry (`dist/…/main.js`) in a Node.js process of its own; BENCH_CPU_PROF=<dir> writes its CPU profile there. */
export function runNode(entry: string, env: NodeJS.ProcessEnv): NpmProcess {
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  return runProcess(process.execPath, [...profile, entry], process.cwd(), env);
}

function runProcess(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): NpmProcess {
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.once('exit', (code, signal) => done({ code, signal })),
  );
  return { child, output: () => output, exited };
}

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/** Whether nothing listens on `port` any more (a listen on it succeeds). */
export function portIsFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const server = createServer();
    server.once('error', () => done(false));
    server.listen(port, () => server.close(() => done(true)));
  });
}

function healthStatus(port: number): Promise<number> {
  return new Promise((done) => {
    const request = get({ host: '127.0.0.1', port, path: '/api/v1/health', timeout: 2000 }, (response) => {
      response.resume();
      done(response.statusCode ?? 0);
    });
    request.once('error', () => done(0));
    request.once('timeout', () => request.destroy());
  });
}

/** Polls `GET /api/v1/health` until it answers 200; resolves with the milliseconds it took. */
export async function waitForHealth(port: number, process: NpmProcess, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if ((await healthStatus(port)) === 200) return Date.now() - started;
    if (process.child.exitCode !== null || process.child.signalCode !== null) break;
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error(`GET /api/v1/health on port ${port} never answered 200. Output:\n${process.output()}`);
}
