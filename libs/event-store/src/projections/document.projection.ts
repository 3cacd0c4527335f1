import { EntityManager } from 'typeorm';
import { StoredEvent } from '../store/stored-event';
import { Projection } from './projection';

/**
 * A projection whose read model is one JSON document per key (a vendor, a contract…), with optional typed
 * columns for filtering. A batch loads the documents it touches once, folds the events in memory and writes each
 * changed document back once, which keeps rebuilds fast.
 *
 * The owning migration creates `table (id text PRIMARY KEY, doc jsonb NOT NULL, <columns>)`.
 */
export abstract class DocumentProjection<D extends object> implements Projection {
  abstract readonly name: string;
  abstract readonly table: string;

  get tables(): readonly string[] {
    return [this.table];
  }

  /** The document keys an event changes (none when the event does not concern this read model). */
  protected abstract keysOf(event: StoredEvent): string[];

  /**
   * The next state of one document (undefined: it does not exist, or should be deleted). Answering the same object
   * means unchanged: it is not written back.
   */
  protected abstract reduce(doc: D | undefined, event: StoredEvent, key: string): D | undefined;

  /** Typed columns stored beside the document, for filters and sorting. */
  protected columns(_doc: D): Record<string, unknown> {
    return {};
  }

  concerns(event: StoredEvent): boolean {
    return this.keysOf(event).length > 0;
  }

  async apply(events: StoredEvent[], manager: EntityManager): Promise<void> {
    const keyed = events.map((event) => ({ event, keys: this.keysOf(event) })).filter((e) => e.keys.length > 0);
    if (keyed.length === 0) return;
    const keys = [...new Set(keyed.flatMap((e) => e.keys))];
    const rows: { id: string; doc: D }[] = await manager.query(`SELECT id, doc FROM ${this.table} WHERE id = ANY($1)`, [
      keys,
    ]);
    const docs = new Map<string, D | undefined>(rows.map((r) => [r.id, r.doc]));
    const changed = new Set<string>();
    for (const { event, keys: eventKeys } of keyed) {
      for (const key of eventKeys) {
        const doc = docs.get(key);
        const next = this.reduce(doc, event, key);
        if (next === doc) continue;
        docs.set(key, next);
        changed.add(key);
      }
    }
    const deleted = [...changed].filter((key) => docs.get(key) === undefined);
    if (deleted.length) await manager.query(`DELETE FROM ${this.table} WHERE id = ANY($1)`, [deleted]);
    const upserts = [...changed]
      .filter((key) => docs.get(key) !== undefined)
      .map((key) => ({ key, doc: docs.get(key)! }));
    if (upserts.length) await this.upsert(upserts, manager);
  }

  /** One statement with one parameter: the rows as a JSON array, typed by the table itself. */
  private async upsert(upserts: { key: string; doc: D }[], manager: EntityManager): Promise<void> {
    const rows = upserts.map(({ key, doc }) => ({ ...this.columns(doc), id: key, doc }));
    const names = Object.keys(rows[0]);
    const updates = names
      .filter((c) => c !== 'id')
      .map((c) => `${c} = EXCLUDED.${c}`)
      .join(', ');
    await manager.query(
      `INSERT INTO ${this.table} (${names.join(', ')})
       SELECT ${names.join(', ')} FROM jsonb_populate_recordset(NULL::${this.table}, $1::jsonb)
       ON CONFLICT (id) DO UPDATE SET ${updates}`,
      [JSON.stringify(rows)],
    );
  }
}
