import { Injectable } from '@nestjs/common';
import {
  AsyncProjection,
  isEvent,
  Projection,
  RequestContext,
  StoredEvent,
  SYSTEM_ACTOR,
} from '@vendorwatch/event-store';
import { SlaDefined } from '@vendorwatch/slas';
import { isComputedMetric } from '../domain/computed-sla';
import { ComputedSlaMeasurer } from './computed-sla-measurer';

/**
 * Process manager: a computed SLA defined after its contract's interactions were sent is measured at once for
 * every period that holds them (an ingest only measures the SLAs defined before it, the worker only the running
 * period). It measures by the SLA's definition of today, read from the SLA context's facts, and appends nothing for a figure
 * already on record, so a replay changes nothing.
 */
@Injectable()
@AsyncProjection()
export class NewComputedSlaProcess implements Projection {
  readonly name = 'computed-sla-definitions';
  readonly tables = [] as const;

  constructor(private readonly measurer: ComputedSlaMeasurer) {}

  async apply(events: StoredEvent[]): Promise<void> {
    for (const event of events) {
      if (!isEvent(event, SlaDefined) || !isComputedMetric(event.data.metric)) continue;
      const { slaId } = event.data;
      const context = { actor: SYSTEM_ACTOR, causationId: event.eventId, correlationId: event.metadata.correlationId };
      await RequestContext.run(context, () => this.measurer.measureNewSla(slaId));
    }
  }
}
