import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Projection, RequestContext, StoredEvent, SYSTEM_ACTOR } from '@vendorwatch/event-store';
import { isComputedMetric } from '../domain/computed-sla';
import { ComputedSlaMeasurer } from './computed-sla-measurer';

/** The SLA context's definition fact (`data: { slaId, metric, … }`). */
const SLA_DEFINED = 'SlaDefined';

/**
 * Process manager: a computed SLA defined after its contract's interactions were sent is measured at once for
 * every period that holds them (an ingest only measures the SLAs defined before it, the worker only the running
 * period). It measures by the SLA's definition of today, read from its stream, and appends nothing for a figure
 * already on record, so a replay changes nothing.
 */
@Injectable()
export class NewComputedSlaProcess implements Projection {
  readonly name = 'computed-sla-definitions';
  readonly processManager = true;
  readonly tables = [] as const;

  // Processes are built in the event store's feature module, which sees only global providers: look the measurer up.
  constructor(private readonly modules: ModuleRef) {}

  async apply(events: StoredEvent[]): Promise<void> {
    for (const event of events) {
      if (event.type !== SLA_DEFINED || !isComputedMetric(event.data.metric)) continue;
      const context = { actor: SYSTEM_ACTOR, causationId: event.eventId, correlationId: event.metadata.correlationId };
      await RequestContext.run(context, () =>
        this.modules.get(ComputedSlaMeasurer, { strict: false }).measureNewSla(event.data.slaId),
      );
    }
  }
}
