import { Injectable } from '@nestjs/common';
import { Clock, Job, ScheduledJob } from '@vendorwatch/event-store';
import { DataSource } from 'typeorm';
import { refreshVendorRanking, staleVendorIds } from './vendor-ranking.rows';

/** Vendors re-evaluated per transaction, so a day's worth of stale rows never holds one transaction long. */
const BATCH = 500;

/**
 * Re-evaluates the ranking rows whose checklist the clock has moved past (a governance review or a roster report
 * falling out of its window), so the ranking rarely has to evaluate a vendor's checklist itself (ADR 0016).
 */
@Injectable()
@Job()
export class VendorRankingRefreshJob implements ScheduledJob {
  readonly name = 'vendor-ranking-refresh';
  readonly intervalMs = 60 * 1000;

  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async run(): Promise<void> {
    for (;;) {
      const now = this.clock.now();
      const stale = await staleVendorIds(this.db, now, BATCH);
      if (stale.length === 0) return;
      await this.db.transaction((manager) => refreshVendorRanking(manager, stale, now));
      if (stale.length < BATCH) return;
    }
  }
}
