import { Injectable } from '@nestjs/common';
import { Job, ScheduledJob } from '@vendorwatch/event-store';
import { ComputedMeasurements } from './computed-measurements';

const OPEN_PERIODS_EVERY_MS = 60_000;
/** Requests younger than this are the requesting command's own to measure (an ingest right after its commit). */
const SETTLE_SECONDS = 3;

/**
 * Drains the re-measurement queue every second (what an ingest left after a crash, new SLAs, QA reviews, retries),
 * and each minute queues what time alone changes: the periods whose wake time has passed (an unanswered record came
 * due, a running period reached its half or ended; ADR 0012).
 */
@Injectable()
@Job()
export class ComputedMeasurementsJob implements ScheduledJob {
  readonly name = 'computed-measurements';
  readonly intervalMs = 1000;
  private openPeriodsQueuedAt = 0;

  constructor(private readonly measurements: ComputedMeasurements) {}

  async run(): Promise<void> {
    if (Date.now() - this.openPeriodsQueuedAt < OPEN_PERIODS_EVERY_MS) {
      await this.measurements.drain({ settleSeconds: SETTLE_SECONDS });
      return;
    }
    this.openPeriodsQueuedAt = Date.now();
    await this.measurements.remeasureOpenPeriods();
  }
}
