import { freePort, runNpm, waitForHealth } from './npm-start';

const TARGET_MS = 3000;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/**
 * `npm start` as a user runs it, with the build up to date (`npm run bench` has just built): the time to a healthy
 * `GET /api/v1/health`, and from SIGTERM to the process gone. Uses DATABASE_URL when set, else the embedded database.
 */
export async function startBench(): Promise<void> {
  const port = await freePort();
  const product = runNpm(['start'], process.cwd(), { ...process.env, PORT: String(port), LOG_LEVEL: 'warn' });
  let healthyMs: number;
  try {
    healthyMs = await waitForHealth(port, product, 120_000);
  } catch (error) {
    product.child.kill('SIGTERM');
    await product.exited;
    console.log(`npm start: not measured (${(error as Error).message.split('\n').slice(0, 4).join(' ')})`);
    return;
  }
  const stopping = Date.now();
  product.child.kill('SIGTERM');
  await product.exited;
  const database = process.env.DATABASE_URL ? 'DATABASE_URL' : 'embedded PostgreSQL';
  console.log(
    `npm start → healthy GET /api/v1/health: ${seconds(healthyMs)} (${database}, build up to date; ` +
      `target < ${seconds(TARGET_MS)}); SIGTERM → stopped: ${seconds(Date.now() - stopping)}`,
  );
}
