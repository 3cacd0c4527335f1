import { DataSource } from 'typeorm';
import {
  DatabaseSettings,
  EventStore,
  Projection,
  ProjectionEngine,
  ProjectionEngineOptions,
  ProjectionRegistry,
  UpcasterRegistry,
} from '@vendorwatch/event-store';

/** A projection engine wired by hand (as Nest would) for one projection, with short waits for tests. */
export function standaloneEngine(
  db: DataSource,
  settings: DatabaseSettings,
  projection: Projection,
  options: Partial<ProjectionEngineOptions> = {},
): ProjectionEngine {
  const registry = new ProjectionRegistry();
  registry.register(projection);
  const store = new EventStore(db, new UpcasterRegistry(), registry);
  return new ProjectionEngine(db, store, registry, settings, {
    batchSize: 25,
    pollIntervalMs: 100,
    leaseRetryMs: 100,
    ...options,
  });
}
