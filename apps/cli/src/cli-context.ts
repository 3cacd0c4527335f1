import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DatabaseSettings, migrate } from '@vendorwatch/event-store';
import { migrations } from '../../../migrations';
import { openDatabase, AppModule, AppConfig, loadConfig } from '../../api/src';

/** Runs `work` on the configured database: DATABASE_URL, or the embedded one (stopped afterwards). */
export async function withDatabase<T>(work: (settings: DatabaseSettings, config: AppConfig) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = await openDatabase(config, { command: `npm run cli -- ${process.argv.slice(2).join(' ')}` });
  try {
    return await work(database.settings, config);
  } finally {
    await database.stop();
  }
}

/** Runs `work` inside the product's modules (no HTTP, no worker loop) on the migrated database. */
export function withApp<T>(work: (app: INestApplicationContext) => Promise<T>): Promise<T> {
  return withDatabase(async (settings, config) => {
    await migrate(settings, migrations);
    const app = await NestFactory.createApplicationContext(AppModule.forRoot(config, settings), { logger: ['error'] });
    try {
      return await work(app);
    } finally {
      await app.close();
    }
  });
}
