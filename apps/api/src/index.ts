/** What the worker and the cli compose from the API app: its module, its start-up and its configuration. */
export { createApp, openDatabase } from './app';
export type { OpenDatabase } from './app';
export { AppModule } from './app.module';
export { ConfigError, loadConfig } from './config';
export { openApiDocument } from './openapi/openapi-document';
export type { AppConfig } from './config';
