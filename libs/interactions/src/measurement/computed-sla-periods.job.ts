import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
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

  // Jobs are built in the event store's feature module, which sees only global providers: look the measurer up.
  constructor(private readonly modules: ModuleRef) {}

  async run(): Promise<void> {
    const measurer = this.modules.get(ComputedSlaMeasurer, { strict: false });
    await RequestContext.run({ actor: SYSTEM_ACTOR }, () => measurer.remeasureOpenPeriods());
  }
}
