import { Inject, Injectable, OnApplicationShutdown, Provider } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DATABASE_SETTINGS, DatabaseSettings } from './database-settings';
import { dataSourceOptions } from './migrate';

export const READ_DATABASE = Symbol('READ_DATABASE');

/**
 * Injects the database that report and list queries read (SPEC §16): the streaming replica of
 * `DATABASE_REPLICA_URL`, else the primary. Commands, facts and anything read to decide a write use the primary.
 */
export const InjectReadDatabase = () => Inject(READ_DATABASE);

export const readDatabaseProvider: Provider = {
  provide: READ_DATABASE,
  inject: [DataSource, DATABASE_SETTINGS],
  useFactory: (primary: DataSource, settings: DatabaseSettings): Promise<DataSource> | DataSource =>
    settings.replicaUrl
      ? new DataSource(dataSourceOptions({ url: settings.replicaUrl, schema: settings.schema })).initialize()
      : primary,
};

/** Closes the replica's pool with the app (the primary's is TypeORM's own). */
@Injectable()
export class ReadDatabaseShutdown implements OnApplicationShutdown {
  constructor(
    @InjectReadDatabase() private readonly read: DataSource,
    private readonly primary: DataSource,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.read !== this.primary && this.read.isInitialized) await this.read.destroy();
  }
}
