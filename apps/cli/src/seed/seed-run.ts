import { AddressInfo } from 'node:net';
import { createApp, openDatabase, AppConfig, loadConfig, OpenDatabase } from '../../../api/src';
import { AlreadySeededError, DEMO_SIZE, DEMO_USERS, SeedSummary, seedScenario } from './scenario';
import { ApiCallError, SeedClient } from './seed-client';

/** Used when ADMIN_EMAIL / ADMIN_PASSWORD are unset: created on start like any admin, and printed at the end. */
export const DEMO_ADMIN = { email: 'admin@vendorwatch.local', password: 'vendorwatch-demo' };

async function signIn(baseUrl: string, admin: { email: string; password: string }): Promise<SeedClient> {
  try {
    return await new SeedClient(baseUrl).as(admin.email, admin.password);
  } catch (error) {
    if (error instanceof ApiCallError && error.status === 401) {
      throw new Error(
        `Could not sign in as ${admin.email}. This database already has another admin: set ADMIN_EMAIL and ADMIN_PASSWORD to that admin's credentials.`,
      );
    }
    throw error;
  }
}

function report(summary: SeedSummary, admin: { email: string; password: string }, fromEnvironment: boolean): string {
  const { escalations } = summary;
  return [
    'Demo data written through the API:',
    `  ${Object.keys(summary.vendors).length} vendors, ${Object.keys(summary.contracts).length} contracts, ${summary.slas.length} SLAs`,
    `  ${summary.interactions} interactions, ${summary.measurements} SLA measurements, ${summary.qaReviews} QA reviews`,
    `  escalations: ${escalations.open} open, ${escalations.acknowledged} acknowledged, ${escalations.resolved} resolved`,
    '',
    'Run `npm start` (same DATABASE_URL) and open http://localhost:3000, then sign in with',
    `  ${admin.email} / ${fromEnvironment ? '(ADMIN_PASSWORD)' : admin.password}`,
    `Other demo users (password ${DEMO_ADMIN.password}): ${DEMO_USERS.qaLead} (qa_reviewer), ${DEMO_USERS.northwindStaff} (vendor user of Northwind)`,
  ].join('\n');
}

/** How to seed into an empty database instead of this one. */
function startFresh(database: OpenDatabase, config: AppConfig): string {
  if (database.dataDir) {
    return (
      `To start fresh with the embedded database, stop Vendorwatch and delete its data (everything in it is lost): ` +
      `rm -rf ${database.dataDir}; then run \`npm run seed\` again. Or set DATABASE_URL to an empty database.`
    );
  }
  return (
    `To start fresh, point DATABASE_URL at an empty database (createdb vendorwatch_demo), or use another ` +
    `DATABASE_SCHEMA than "${config.databaseSchema}" on this one.`
  );
}

/**
 * Boots the product in this process on the configured database, listens on a free loopback port and writes the
 * demo scenario through the public HTTP API as the admin, so nothing is seeded that the API would reject.
 */
export async function runSeed(
  env: NodeJS.ProcessEnv = process.env,
  log: (line: string) => void = console.log,
): Promise<SeedSummary> {
  const config = loadConfig(env);
  const admin = config.admin ?? DEMO_ADMIN;
  const seedConfig: AppConfig = {
    ...config,
    admin,
    worker: true,
    rateLimitPerMinute: 1_000_000,
    logLevels: ['fatal', 'error', 'warn'],
  };
  const database = await openDatabase(config, { command: 'npm run seed' });
  try {
    const app = await createApp(seedConfig, database.settings);
    try {
      await app.listen(0, '127.0.0.1');
      const { port } = app.getHttpServer().address() as AddressInfo;
      log(`Seeding demo data (${DEMO_SIZE.weeks} weeks of helpdesk history); this takes a minute or two…`);
      const summary = await seedScenario(await signIn(`http://127.0.0.1:${port}`, admin), {
        size: DEMO_SIZE,
        password: DEMO_ADMIN.password,
      }).catch((error: unknown) => {
        if (!(error instanceof AlreadySeededError)) throw error;
        throw new AlreadySeededError(`${error.message} ${startFresh(database, config)}`);
      });
      log(report(summary, admin, config.admin !== undefined));
      return summary;
    } finally {
      await app.close();
    }
  } finally {
    await database.stop();
  }
}
