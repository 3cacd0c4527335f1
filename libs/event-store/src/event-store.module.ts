import { DynamicModule, Global, Inject, Module, Provider } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DATABASE_SETTINGS, DatabaseSettings } from './database/database-settings';
import { dataSourceOptions } from './database/migrate';
import { READ_DATABASE, readDatabaseProvider, ReadDatabaseShutdown } from './database/read-database';
import { AggregateClass, EventSourcedAggregate } from './domain/event-sourced.aggregate';
import { IdempotencyInterceptor, IdempotencyPurgeJob } from './http/idempotency.interceptor';
import { ReadYourWritesInterceptor } from './http/read-your-writes';
import { ProjectionCheckpoints } from './projections/projection-checkpoints';
import { PROJECTION_ENGINE_OPTIONS, ProjectionEngine, ProjectionEngineOptions } from './projections/projection-engine';
import { InlineProjections } from './projections/inline-projections';
import { ProjectionRebuilder } from './projections/projection-rebuilder';
import { ProjectionDiscovery } from './projections/projection-discovery';
import { ProjectionRegistry } from './projections/projection-registry';
import { AggregateRepository } from './store/aggregate.repository';
import { EventStore } from './store/event-store';
import { Clock } from './time/clock';
import { Upcaster, UpcasterRegistry } from './store/upcasters';
import { EventTypeCatalogue } from './store/event-type-catalogue';
import { wireNameOf } from './domain/domain-event';

export interface EventStoreOptions {
  database: DatabaseSettings;
  projections?: Partial<ProjectionEngineOptions>;
}

/** A context's aggregates and upcasters; its projections and jobs are providers of its own module (discovered). */
export interface EventStoreFeature {
  aggregates?: AggregateClass<EventSourcedAggregate>[];
  upcasters?: Upcaster[];
}

export function aggregateRepositoryToken(aggregate: AggregateClass<EventSourcedAggregate>): string {
  return `AggregateRepository:${aggregate.streamType}`;
}

/** Injects the `AggregateRepository` of an aggregate registered with `EventStoreModule.forFeature`. */
export const InjectAggregateRepository = (aggregate: AggregateClass<EventSourcedAggregate>) =>
  Inject(aggregateRepositoryToken(aggregate));

const FEATURE = Symbol('EVENT_STORE_FEATURE');

/** The PostgreSQL event store, projection engine and HTTP conventions, shared by every context. */
@Global()
@Module({})
export class EventStoreModule {
  static forRoot(options: EventStoreOptions): DynamicModule {
    return {
      module: EventStoreModule,
      imports: [CqrsModule.forRoot(), DiscoveryModule, TypeOrmModule.forRoot(dataSourceOptions(options.database))],
      providers: [
        { provide: DATABASE_SETTINGS, useValue: options.database },
        readDatabaseProvider,
        ReadDatabaseShutdown,
        {
          provide: PROJECTION_ENGINE_OPTIONS,
          useValue: { batchSize: 1000, pollIntervalMs: 1000, leaseRetryMs: 2000, ...options.projections },
        },
        Clock,
        UpcasterRegistry,
        EventTypeCatalogue,
        EventStore,
        ProjectionRegistry,
        ProjectionDiscovery,
        ProjectionEngine,
        ProjectionCheckpoints,
        ProjectionRebuilder,
        InlineProjections,
        ReadYourWritesInterceptor,
        IdempotencyInterceptor,
        IdempotencyPurgeJob,
      ],
      exports: [
        CqrsModule,
        DATABASE_SETTINGS,
        READ_DATABASE,
        Clock,
        UpcasterRegistry,
        EventTypeCatalogue,
        EventStore,
        ProjectionRegistry,
        ProjectionEngine,
        ProjectionCheckpoints,
        ProjectionRebuilder,
        InlineProjections,
        ReadYourWritesInterceptor,
        IdempotencyInterceptor,
      ],
    };
  }

  /** Registers a context's aggregates (as injectable repositories) and upcasters. */
  static forFeature(feature: EventStoreFeature): DynamicModule {
    const repositories: Provider[] = (feature.aggregates ?? []).map((aggregate) => ({
      provide: aggregateRepositoryToken(aggregate),
      useFactory: (store: EventStore, db: DataSource) => new AggregateRepository(aggregate, store, db),
      inject: [EventStore, DataSource],
    }));
    return {
      module: EventStoreFeatureModule,
      providers: [
        ...repositories,
        {
          provide: FEATURE,
          useFactory: (upcasters: UpcasterRegistry, catalogue: EventTypeCatalogue) => {
            upcasters.register(...(feature.upcasters ?? []));
            catalogue.register(...(feature.aggregates ?? []).flatMap((a) => a.events.map(wireNameOf)));
          },
          inject: [UpcasterRegistry, EventTypeCatalogue],
        },
      ],
      exports: repositories.map((p) => (p as { provide: string }).provide),
    };
  }
}

@Module({})
class EventStoreFeatureModule {}
