import { NestExpressApplication } from '@nestjs/platform-express';
import { ProjectionCheckpoints, ProjectionRegistry } from '@vendorwatch/event-store';
import request from 'supertest';
import TestAgent from 'supertest/lib/agent';
import { createApp } from '../../apps/api/src/app';
import { loadConfig } from '../../apps/api/src/config';
import { createTestDatabase } from './test-database';

export const ADMIN = { email: 'admin@vendorwatch.test', password: 'admin-password-123' };

export interface TestApp {
  app: NestExpressApplication;
  http: TestAgent;
  schema: string;
  close(): Promise<void>;
}

export function testConfig(env: Record<string, string>, schema: string) {
  return loadConfig({
    ...process.env,
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256',
    LOG_LEVEL: 'warn',
    // Suites sign in and call a lot; a test of the global limit passes a small RATE_LIMIT_PER_MINUTE in `env`.
    RATE_LIMIT_PER_MINUTE: '1000000',
    ...env,
    DATABASE_SCHEMA: schema,
  });
}

/** The real product (HTTP app and worker) on a fresh schema, driven through supertest. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase(env.DATABASE_URL);
  const app = await createApp(testConfig(env, database.schema), database);
  return {
    app,
    http: request(app.getHttpServer()),
    schema: database.schema,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}

/** A second API process (no worker) on the same database as `t`, as when several run behind a load balancer. */
export async function anotherApiProcess(
  t: TestApp,
  env: Record<string, string> = {},
): Promise<{ app: NestExpressApplication; http: TestAgent; close(): Promise<void> }> {
  const config = testConfig({ ...env, WORKER: 'off' }, t.schema);
  const app = await createApp(config, { url: env.DATABASE_URL ?? process.env.DATABASE_URL!, schema: t.schema });
  return { app, http: request(app.getHttpServer()), close: () => app.close() };
}

/** Waits until every projection and process manager has applied `position` (and everything committed before it). */
export async function settled(t: TestApp, position: string): Promise<void> {
  const names = t.app
    .get(ProjectionRegistry)
    .all()
    .map((projection) => projection.name);
  if (!(await t.app.get(ProjectionCheckpoints).waitUntilProcessed(names, position, 30_000))) {
    throw new Error(`The projections did not reach position ${position} within 30 s.`);
  }
}
