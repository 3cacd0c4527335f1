import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { EmbeddedDatabaseInUseError } from '@vendorwatch/event-store';
import { createServer } from 'node:net';
import { createApp, OpenDatabase, openDatabase } from './app';
import { ConfigError, loadConfig } from './config';

class PortInUseError extends Error {}

/** Fails before the app starts when another program (a Vendorwatch already started?) holds the port. */
function assertPortFree(port: number): Promise<void> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      fail(
        error.code === 'EADDRINUSE'
          ? new PortInUseError(
              `Port ${port} is in use (is Vendorwatch already running? GET http://localhost:${port}/api/v1/health). ` +
                'Stop it, or set PORT to another port.',
            )
          : error,
      ),
    );
    probe.listen(port, () => probe.close(() => done()));
  });
}

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = new Logger('Vendorwatch');
  const started: { database?: OpenDatabase; app?: NestExpressApplication } = {};
  let step: Promise<unknown> = Promise.resolve();
  let stopping: Promise<void> | undefined;
  // A stop signal at any point lets the current start step finish, then stops what has started, the database last.
  const shutdown = (signal: string) =>
    (stopping ??= (async () => {
      logger.log(`${signal}: stopping`);
      await step.catch(() => undefined);
      try {
        await started.app?.close();
        await started.database?.stop();
      } catch (error) {
        console.error('The stop failed:', error);
        process.exit(1);
      }
      logger.log('Stopped');
      process.exit(0);
    })());
  const stopAndThrow = async (error: unknown) => {
    await started.database?.stop();
    throw error;
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  // The embedded database's lock first: when another Vendorwatch holds it, its message names that process.
  started.database = await (step = openDatabase(config, { command: 'npm start', port: config.port }));
  if (config.port !== 0) await assertPortFree(config.port).catch((error: unknown) => stopAndThrow(error));
  if (stopping) return;
  started.app = await (step = createApp(config, started.database.settings));
  if (stopping) return;
  await (step = started.app.listen(config.port));
  logger.log(
    `Listening on http://localhost:${config.port} (API /api/v1, docs /docs)${config.worker ? ', worker running' : ''}`,
  );
}

main().catch((error) => {
  if (error instanceof ConfigError) console.error(`Configuration error: ${error.message}`);
  else if (error instanceof EmbeddedDatabaseInUseError || error instanceof PortInUseError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
