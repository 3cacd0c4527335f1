import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { EmbeddedDatabaseInUseError, migrate, ProjectionEngine, ProjectionRegistry } from '@vendorwatch/event-store';
import { migrations } from '../../../migrations';
import { openDatabase, AppModule, ConfigError, loadConfig } from '../../api/src';

/** The worker alone: projections and scheduled jobs, no HTTP. Run several for fail-over; each projection runs in one. */
async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(config, { command: 'npm run start:worker' });
  await migrate(database.settings, migrations);
  const context = await NestFactory.createApplicationContext(AppModule.forRoot(config, database.settings), {
    logger: config.logLevels,
  });
  await context.get(ProjectionEngine).start();
  const registry = context.get(ProjectionRegistry);
  const logger = new Logger('Worker');
  logger.log(`Worker started: ${registry.all().length} projections, ${registry.allJobs().length} scheduled jobs`);

  const shutdown = async (signal: string) => {
    logger.log(`${signal}: finishing the current batch, then stopping`);
    await context.close();
    await database.stop();
    process.exit(0);
  };
  const onSignal = (signal: string) => {
    shutdown(signal).catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
}

main().catch((error) => {
  if (error instanceof ConfigError) console.error(`Configuration error: ${error.message}`);
  else if (error instanceof EmbeddedDatabaseInUseError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
