import { INestApplication, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import {
  DatabaseSettings,
  EmbeddedOwner,
  ErrorFilter,
  inputGuard,
  migrate,
  ProjectionEngine,
  requestContextMiddleware,
  startEmbeddedPostgres,
  validationPipe,
} from '@vendorwatch/event-store';
import { json, NextFunction, Request, Response, static as serveStatic } from 'express';
import helmet from 'helmet';
import { dirname, resolve } from 'node:path';
import { migrations } from '../../../migrations';
import { AppModule } from './app.module';
import { openApiDocument } from './openapi/openapi-document';
import { AppConfig } from './config';

export const API_PREFIX = 'api/v1';
const JSON_LIMIT = '1mb';
/** Routes that read their own (large, streamed) body instead of the global JSON parser. */
const STREAMED_BODY = /\/interactions\/?$/;

export interface RunningApp {
  app: NestExpressApplication;
  database: DatabaseSettings;
  close(): Promise<void>;
}

export interface OpenDatabase {
  settings: DatabaseSettings;
  /** The embedded database's data folder (undefined with DATABASE_URL). */
  dataDir?: string;
  stop(): Promise<void>;
}

/**
 * The database of SPEC §11: `DATABASE_URL` when set, otherwise an embedded PostgreSQL under `.data/postgres`
 * (under /var/lib/vendorwatch when root starts it in a checkout its `postgres` user cannot enter), run by one
 * process at a time: `owner` is named to any other that tries.
 */
export async function openDatabase(config: AppConfig, owner: EmbeddedOwner): Promise<OpenDatabase> {
  if (config.databaseUrl) {
    return { settings: { url: config.databaseUrl, schema: config.databaseSchema }, stop: () => Promise.resolve() };
  }
  const logger = new Logger('EmbeddedPostgres');
  const embedded = await startEmbeddedPostgres('.data/postgres', { owner });
  const moved = embedded.relocatedFrom
    ? ` (not ${embedded.relocatedFrom}: started by root, PostgreSQL runs as the "postgres" user, which cannot enter the checkout)`
    : '';
  logger.log(`DATABASE_URL is unset: embedded PostgreSQL with its data in ${embedded.dataDir}${moved}`);
  logger.log(`Embedded database URL (for the cli beside this process: DATABASE_URL=<url>): ${embedded.url}`);
  return {
    settings: { url: embedded.url, schema: config.databaseSchema },
    dataDir: embedded.dataDir,
    stop: () => embedded.stop(),
  };
}

/**
 * The dashboard's static files (SPEC §11), public like health and docs; its data comes from the API with a token.
 * API paths skip the file lookup (a file system call on every GET otherwise).
 */
function serveDashboard(app: NestExpressApplication): void {
  const files = serveStatic(resolve(__dirname, '../public'), { index: 'index.html', maxAge: '1h' });
  const api = `/${API_PREFIX}/`;
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (request.path.startsWith(api)) next();
    else files(request, response, next);
  });
  app.useStaticAssets(dirname(require.resolve('chart.js')), { prefix: '/vendor/', maxAge: '1d' });
}

export function configureHttp(app: INestApplication): void {
  const express = app as NestExpressApplication;
  express.disable('x-powered-by');
  express.set('trust proxy', 'loopback');
  app.use(helmet({ contentSecurityPolicy: false }));
  serveDashboard(express);
  app.use(requestContextMiddleware);
  const parseJson = json({ limit: JSON_LIMIT });
  app.use((request: Request, response: Response, next: NextFunction) =>
    STREAMED_BODY.test(request.path) ? next() : parseJson(request, response, next),
  );
  app.use(inputGuard);
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(validationPipe());
  app.useGlobalFilters(new ErrorFilter());

  // Built on the first request for it, not at start (it costs about 0.4 s).
  const document = () => openApiDocument(app);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json', useGlobalPrefix: false });
}

/** Builds the whole product on a database: migrations, HTTP app, and (unless disabled) the worker. */
export async function createApp(config: AppConfig, database: DatabaseSettings): Promise<NestExpressApplication> {
  await migrate(database, migrations);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, database), {
    bodyParser: false,
    logger: config.logLevels,
  });
  configureHttp(app);
  await app.init();
  if (config.worker) await app.get(ProjectionEngine).start();
  return app;
}
