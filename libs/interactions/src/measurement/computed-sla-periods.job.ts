import { Injectable } from '@nestjs/common';
import { Job, RequestContext, ScheduledJob, SYSTEM_ACTOR } from '@vendorwatch/event-store';
import { ComputedSlaMeasurer } from './computed-sla-measurer';

/**
 * Measures what time alone changes: a period that has just ended gets its final (non-provisional) figure, the
 * running period its provisional one, and unanswered interactions start counting as missed once past the threshold.
 */
@Injectable()
@Job()
export class ComputedSlaPeriodsJob implements ScheduledJob {
  readonly name = 'computed-sla-periods';
  readonly intervalMs = 60_000;

  constructor(private readonly measurer: ComputedSlaMeasurer) {}

  async run(): Promise<void> {
    await RequestContext.run({ actor: SYSTEM_ACTOR }, () => this.measurer.remeasureOpenPeriods());
  }
}
