import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { queryRow } from '../database/typed-query';
import { EventStore } from '../store/event-store';
import { InlineProjection } from './projection';
import { ProjectionRegistry } from './projection-registry';

const BUILD_BATCH_SIZE = 10_000;

/**
 * Builds inline projections from the stored events: once when one is new to a database (at start), and on
 * `cli rebuild`. A build holds a lock that lets reads through but waits for the appends in flight and holds new
 * ones back until it commits, so no append is missed or applied twice.
 */
@Injectable()
export class InlineProjections implements OnApplicationBootstrap {
  private readonly logger = new Logger(InlineProjections.name);

  constructor(
    private readonly db: DataSource,
    private readonly store: EventStore,
    private readonly registry: ProjectionRegistry,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const projection of this.registry.allInline()) await this.build(projection, { onlyIfNew: true });
  }

  /** Rebuilds from the first event; answers how many events it applied. */
  async build(projection: InlineProjection, { onlyIfNew = false } = {}): Promise<number> {
    return this.db.transaction(async (manager) => {
      await manager.query(`LOCK TABLE events IN SHARE ROW EXCLUSIVE MODE`);
      const built = await queryRow<{ name: string }>(manager, `SELECT name FROM inline_projections WHERE name = $1`, [
        projection.name,
      ]);
      if (built && onlyIfNew) return 0;
      const applied = await this.replay(projection, manager);
      await manager.query(
        `INSERT INTO inline_projections (name, events_applied) VALUES ($1, $2)
         ON CONFLICT (name) DO UPDATE SET events_applied = EXCLUDED.events_applied, built_at = now()`,
        [projection.name, applied],
      );
      if (applied > 0) this.logger.log(`Built ${projection.name} from ${applied} events`);
      return applied;
    });
  }

  private async replay(projection: InlineProjection, manager: EntityManager): Promise<number> {
    if (projection.tables.length) await manager.query(`TRUNCATE ${projection.tables.join(', ')}`);
    let applied = 0;
    for (let after = '0'; ;) {
      const events = await this.store.readByStreamTypes(projection.streamTypes, after, BUILD_BATCH_SIZE, manager);
      if (events.length === 0) return applied;
      await projection.apply(events, manager);
      applied += events.length;
      after = events[events.length - 1].position;
    }
  }
}
