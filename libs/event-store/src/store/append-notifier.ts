import { DataSource, EntitySubscriberInterface, QueryRunner } from 'typeorm';
import { EVENTS_CHANNEL } from '../projections/projection-lease';

/**
 * Wakes the projection engines (LISTEN) once appends have committed. A NOTIFY inside the appending transaction
 * would make every append's commit wait on PostgreSQL's cluster-wide notify lock (no group commit: about a third
 * of the plain INSERT rate with 8 writers). Instead each process sends one notification at a time, after commit;
 * an append that commits while one is in flight gets another one sent after it, so no wake-up is lost.
 */
export class AppendNotifier implements EntitySubscriberInterface {
  private readonly schema: string;
  private readonly pendingCommits = new WeakSet<QueryRunner>();
  private sending = false;
  private again = false;

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

  private send(): void {
    if (this.sending) {
      this.again = true;
      return;
    }
    this.sending = true;
    void this.drain();
  }

  private async drain(): Promise<void> {
    do {
      this.again = false;
      // Best effort: when it fails, the engines' poll picks the events up.
      await this.db.query(`SELECT pg_notify($1, $2)`, [EVENTS_CHANNEL, this.schema]).catch(() => undefined);
    } while (this.again && this.db.isInitialized);
    this.sending = false;
  }
}
