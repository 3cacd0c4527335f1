import { EntityManager } from 'typeorm';
import {
  DocumentProjection,
  DomainEvent,
  EventStore,
  InlineProjections,
  ProjectionEngine,
  ProjectionRebuilder,
  isEvent,
  ProjectionRegistry,
  StoredEvent,
  UpcasterRegistry,
} from '@vendorwatch/event-store';
import { BenchDatabase } from './bench-database';

interface VendorTotals {
  events: number;
  amount: number;
  lastAt: string;
}

/** The benchmark's synthetic event, written straight into `events` by SQL (see `seedEvents`). */
class BenchRecorded extends DomainEvent {
  static readonly type = 'BenchRecorded';
  constructor(
    readonly vendorId: string,
    readonly amount: number,
    readonly note: string,
  ) {
    super();
  }
}

/** A typical read model: one document per vendor, folded from that vendor's events, with a typed filter column. */
class VendorTotalsProjection extends DocumentProjection<VendorTotals> {
  readonly name = 'bench-vendor-totals';
  readonly table = 'bench_vendor_totals';

  protected keysOf(event: StoredEvent): string[] {
    return isEvent(event, BenchRecorded) ? [event.streamId] : [];
  }

  protected reduce(doc: VendorTotals | undefined, event: StoredEvent): VendorTotals | undefined {
    if (!isEvent(event, BenchRecorded)) return doc;
    return {
      events: (doc?.events ?? 0) + 1,
      amount: (doc?.amount ?? 0) + event.data.amount,
      lastAt: event.recordedAt,
    };
  }

  protected override columns(doc: VendorTotals): Record<string, unknown> {
    return { amount: doc.amount };
  }

  static async createTable(manager: EntityManager | BenchDatabase['db']): Promise<void> {
    await manager.query(
      `CREATE TABLE bench_vendor_totals (id text PRIMARY KEY, doc jsonb NOT NULL, amount numeric NOT NULL)`,
    );
  }
}

export interface RebuildRate {
  events: number;
  seconds: number;
  eventsPerSecond: number;
}

/** Writes `events` events over `streams` streams in a few large statements (seeding is not what is measured). */
export async function seedEvents(bench: BenchDatabase, events: number, streams: number): Promise<void> {
  const chunk = 50_000;
  for (let from = 0; from < events; from += chunk) {
    await bench.db.query(
      `INSERT INTO events (stream_id, stream_type, stream_version, event_id, event_type, data, metadata)
       SELECT 'vendor-' || (g % $3), 'Bench', g / $3 + 1, gen_random_uuid(), 'BenchRecorded',
              jsonb_build_object('vendorId', 'vendor-' || (g % $3), 'amount', g % 977, 'note', 'a benchmark event of ordinary size'),
              jsonb_build_object('actorId', 'bench', 'actorRole', 'admin', 'requestId', gen_random_uuid(),
                                 'correlationId', gen_random_uuid(), 'causationId', gen_random_uuid())
       FROM generate_series($1::int, $2::int) g`,
      [from, Math.min(from + chunk, events) - 1, streams],
    );
  }
  await bench.db.query(`ANALYZE events`);
}

/** Rebuilds the projection from zero the way `cli rebuild` does, and reports events per second. */
export async function measureRebuild(bench: BenchDatabase): Promise<RebuildRate> {
  await VendorTotalsProjection.createTable(bench.db);
  const registry = new ProjectionRegistry();
  registry.register(new VendorTotalsProjection());
  const options = { batchSize: 1000, pollIntervalMs: 1000, leaseRetryMs: 2000 };
  const store = new EventStore(bench.db, new UpcasterRegistry(), registry);
  const engine = new ProjectionEngine(bench.db, store, registry, bench.settings, options);
  await engine.ensureCheckpoint('bench-vendor-totals');
  const inline = new InlineProjections(bench.db, store, registry);
  const rebuilder = new ProjectionRebuilder(bench.db, engine, registry, bench.settings, store, inline);
  const result = await rebuilder.rebuild('bench-vendor-totals');
  const seconds = result.elapsedMs / 1000;
  return { events: result.done, seconds, eventsPerSecond: result.done / seconds };
}
