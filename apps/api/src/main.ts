import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp, openDatabase } from './app';
import { ConfigError, loadConfig } from './config';

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(config);
  const app = await createApp(config, database.settings);
  const shutdown = async () => {
    await app.close();
    await database.stop();
    process.exit(0);
  };
  const onSignal = () => {
    shutdown().catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  await app.listen(config.port);
  new Logger('Vendorwatch').log(
    `Listening on http://localhost:${config.port} (API /api/v1, docs /docs)${config.worker ? ', worker running' : ''}`,
  );
}

main().catch((error) => {
  if (error instanceof ConfigError) {
    console.error(`Configuration error: ${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
