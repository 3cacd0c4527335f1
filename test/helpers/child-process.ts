import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';

const REGISTER = resolve(__dirname, '../event-store/fixtures/register.js');

/** Runs a TypeScript fixture in a plain node process and answers it with the first JSON line it prints. */
export async function startFixture<T>(
  fixture: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<{ child: ChildProcess; ready: T }> {
  const child = spawn(process.execPath, ['--require', REGISTER, resolve(__dirname, '../fixtures', fixture), ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-4000)));
  const ready = await new Promise<T>((done, fail) => {
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const line = text.split('\n').find((l) => l.startsWith('{'));
      if (line) done(JSON.parse(line) as T);
    });
    child.once('exit', (code) => fail(new Error(`${fixture} exited (${code}) before it was ready: ${errors}`)));
  });
  return { child, ready };
}

/** Stops a fixture by its own process id and waits until it has exited. */
export async function stopFixture(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill(signal);
  await exited;
}
