import { DataSource, EntitySubscriberInterface, QueryRunner } from 'typeorm';
import { EVENTS_CHANNEL } from '../projections/projection-lease';

/** At most one notification per interval: a few milliseconds of wake-up latency instead of a NOTIFY per append. */
const NOTIFY_INTERVAL_MS = 10;

/**
 * Wakes the projection engines (LISTEN) once appends have committed. A NOTIFY inside the appending transaction
 * would make every append's commit wait on PostgreSQL's cluster-wide notify lock (no group commit: about a third
 * of the plain INSERT rate with 8 writers), and one NOTIFY per append still costs a round trip and that lock.
 * Instead each process sends one notification per interval, always after the commits it announces, so no
 * wake-up is lost.
 */
export class AppendNotifier implements EntitySubscriberInterface {
  private readonly schema: string;
  private readonly pendingCommits = new WeakSet<QueryRunner>();
  private scheduled?: NodeJS.Timeout;
  private lastSent = 0;

  constructor(private readonly db: DataSource) {
    this.schema = (db.options as { schema?: string }).schema ?? 'public';
    db.subscribers.push(this);
  }

  /** An append committed (autocommit), or will be part of `runner`'s transaction when it commits. */
  appended(runner?: QueryRunner): void {
    if (runner?.isTransactionActive) this.pendingCommits.add(runner);
    else this.send();
  }

  afterTransactionCommit({ queryRunner }: { queryRunner: QueryRunner }): void {
    // A released savepoint is not the commit yet.
    if (queryRunner.isTransactionActive || !this.pendingCommits.delete(queryRunner)) return;
    this.send();
  }

  afterTransactionRollback({ queryRunner }: { queryRunner: QueryRunner }): void {
    if (!queryRunner.isTransactionActive) this.pendingCommits.delete(queryRunner);
  }

  /** A notification already scheduled is sent after this commit, so it announces it too. */
  private send(): void {
    if (this.scheduled) return;
    const wait = Math.max(0, this.lastSent + NOTIFY_INTERVAL_MS - Date.now());
    this.scheduled = setTimeout(() => {
      this.scheduled = undefined;
      this.lastSent = Date.now();
      if (!this.db.isInitialized) return;
      // Best effort: when it fails, the engines' poll picks the events up.
      this.db.query(`SELECT pg_notify($1, $2)`, [EVENTS_CHANNEL, this.schema]).catch(() => undefined);
    }, wait);
    this.scheduled.unref();
  }
}
