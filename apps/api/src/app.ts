import { INestApplication, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import {
  DatabaseSettings,
  ErrorFilter,
  inputGuard,
  migrate,
  ProjectionEngine,
  requestContextMiddleware,
  startEmbeddedPostgres,
  validationPipe,
} from '@vendorwatch/event-store';
import { json, NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { dirname, resolve } from 'node:path';
import { migrations } from '../../../migrations';
import { AppModule } from './app.module';
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

/** The database of SPEC §11: `DATABASE_URL` when set, otherwise an embedded PostgreSQL under `.data/`. */
export async function openDatabase(config: AppConfig): Promise<{ settings: DatabaseSettings; stop(): Promise<void> }> {
  if (config.databaseUrl) {
    return { settings: { url: config.databaseUrl, schema: config.databaseSchema }, stop: async () => undefined };
  }
  const logger = new Logger('EmbeddedPostgres');
  logger.log('DATABASE_URL is unset: starting the embedded PostgreSQL under .data/postgres');
  const embedded = await startEmbeddedPostgres('.data/postgres');
  return { settings: { url: embedded.url, schema: config.databaseSchema }, stop: () => embedded.stop() };
}

/** The dashboard's static files (SPEC §11), public like health and docs; its data comes from the API with a token. */
function serveDashboard(app: NestExpressApplication): void {
  app.useStaticAssets(resolve(__dirname, '../public'), { index: 'index.html', maxAge: '1h' });
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

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Vendorwatch')
      .setDescription(
        'Governance of outsourced customer-support vendors, reported against the 12 common outsourcing mistakes.',
      )
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
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
