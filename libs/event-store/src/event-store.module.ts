import { DynamicModule, Global, Inject, Module, Provider, Type } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DATABASE_SETTINGS, DatabaseSettings } from './database/database-settings';
import { dataSourceOptions } from './database/migrate';
import { AggregateClass } from './domain/event-sourced.aggregate';
import { IdempotencyInterceptor, IdempotencyPurgeJob } from './http/idempotency.interceptor';
import { ReadYourWritesInterceptor } from './http/read-your-writes';
import { Projection } from './projections/projection';
import { ProjectionCheckpoints } from './projections/projection-checkpoints';
import { PROJECTION_ENGINE_OPTIONS, ProjectionEngine, ProjectionEngineOptions } from './projections/projection-engine';
import { ProjectionRebuilder } from './projections/projection-rebuilder';
import { ProjectionRegistry } from './projections/projection-registry';
import { ScheduledJob } from './projections/scheduled-job';
import { AggregateRepository } from './store/aggregate.repository';
import { EventStore } from './store/event-store';
import { Clock } from './time/clock';
import { Upcaster, UpcasterRegistry } from './store/upcasters';

export interface EventStoreOptions {
  database: DatabaseSettings;
  projections?: Partial<ProjectionEngineOptions>;
}

export interface EventStoreFeature {
  aggregates?: AggregateClass<any>[];
  projections?: Type<Projection>[];
  jobs?: Type<ScheduledJob>[];
  upcasters?: Upcaster[];
}

export function aggregateRepositoryToken(aggregate: AggregateClass<any>): string {
  return `AggregateRepository:${aggregate.streamType}`;
}

/** Injects the `AggregateRepository` of an aggregate registered with `EventStoreModule.forFeature`. */
export const InjectAggregateRepository = (aggregate: AggregateClass<any>) =>
  Inject(aggregateRepositoryToken(aggregate));

const FEATURE = Symbol('EVENT_STORE_FEATURE');
const IDEMPOTENCY_PURGE = Symbol('IDEMPOTENCY_PURGE');

/** The PostgreSQL event store, projection engine and HTTP conventions, shared by every context. */
@Global()
@Module({})
export class EventStoreModule {
  static forRoot(options: EventStoreOptions): DynamicModule {
    return {
      module: EventStoreModule,
      imports: [CqrsModule.forRoot(), TypeOrmModule.forRoot(dataSourceOptions(options.database))],
      providers: [
        { provide: DATABASE_SETTINGS, useValue: options.database },
        {
          provide: PROJECTION_ENGINE_OPTIONS,
          useValue: { batchSize: 1000, pollIntervalMs: 1000, leaseRetryMs: 2000, ...options.projections },
        },
        Clock,
        UpcasterRegistry,
        EventStore,
        ProjectionRegistry,
        ProjectionEngine,
        ProjectionCheckpoints,
        ProjectionRebuilder,
        ReadYourWritesInterceptor,
        IdempotencyInterceptor,
        IdempotencyPurgeJob,
        {
          provide: IDEMPOTENCY_PURGE,
          useFactory: (registry: ProjectionRegistry, job: IdempotencyPurgeJob) => registry.registerJob(job),
          inject: [ProjectionRegistry, IdempotencyPurgeJob],
        },
      ],
      exports: [
        CqrsModule,
        DATABASE_SETTINGS,
        Clock,
        UpcasterRegistry,
        EventStore,
        ProjectionRegistry,
        ProjectionEngine,
        ProjectionCheckpoints,
        ProjectionRebuilder,
        ReadYourWritesInterceptor,
        IdempotencyInterceptor,
      ],
    };
  }

  /** Registers a context's aggregates (as injectable repositories), projections and upcasters. */
  static forFeature(feature: EventStoreFeature): DynamicModule {
    const repositories: Provider[] = (feature.aggregates ?? []).map((aggregate) => ({
      provide: aggregateRepositoryToken(aggregate),
      useFactory: (store: EventStore, db: DataSource) => new AggregateRepository(aggregate, store, db),
      inject: [EventStore, DataSource],
    }));
    const projections = feature.projections ?? [];
    const jobs = feature.jobs ?? [];
    return {
      module: EventStoreFeatureModule,
      providers: [
        ...repositories,
        ...projections,
        ...jobs,
        {
          provide: FEATURE,
          useFactory: (registry: ProjectionRegistry, upcasters: UpcasterRegistry, ...instances: unknown[]) => {
            instances.slice(0, projections.length).forEach((p) => registry.register(p as Projection));
            instances.slice(projections.length).forEach((j) => registry.registerJob(j as ScheduledJob));
            upcasters.register(...(feature.upcasters ?? []));
            return true;
          },
          inject: [ProjectionRegistry, UpcasterRegistry, ...projections, ...jobs],
        },
      ],
      exports: [...repositories.map((p) => (p as { provide: string }).provide), ...projections, ...jobs],
    };
  }
}

@Module({})
class EventStoreFeatureModule {}
