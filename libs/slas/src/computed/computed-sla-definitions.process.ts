import { Injectable } from '@nestjs/common';
import { AsyncProjection, Clock, isEventOf, Projection, StoredEvent } from '@vendorwatch/event-store';
import { EntityManager } from 'typeorm';
import { SlaDefined, SlaRevised } from '../domain/sla.events';
import { SlaFacts } from '../queries/sla-facts';
import { computedSlaOf, periodsOfDays } from '../domain/computed-sla';
import { MetricSources } from './metric-sources';
import { RemeasureRequests } from './remeasure-requests';

/**
 * A computed SLA defined (or revised) after its evidence arrived is measured for every period that holds evidence,
 * by its definition of today. The reaction only queues periods, in its own transaction: a rebuild queues them again
 * and the drain, finding the figures unchanged, appends nothing (ADR 0005).
 */
@Injectable()
@AsyncProjection()
export class ComputedSlaDefinitionsProcess implements Projection {
  readonly name = 'computed-sla-definitions';
  readonly tables = [] as const;

  constructor(
    private readonly facts: SlaFacts,
    private readonly sources: MetricSources,
    private readonly requests: RemeasureRequests,
    private readonly clock: Clock,
  ) {}

  concerns(event: StoredEvent): boolean {
    return isEventOf(event, SlaDefined, SlaRevised);
  }

  async apply(events: StoredEvent[], manager: EntityManager): Promise<void> {
    for (const event of events) {
      if (!isEventOf(event, SlaDefined, SlaRevised)) continue;
      const definition = await this.facts.active(event.data.slaId, { manager });
      const sla = definition && computedSlaOf(definition);
      const source = sla && this.sources.of(sla.metric);
      if (!sla || !source) continue;
      const days = await source.evidenceDays(manager, sla.contractId);
      await this.requests.forPeriods(
        manager,
        sla.slaId,
        sla.contractId,
        periodsOfDays(days, sla.period, this.clock.now()),
      );
    }
  }
}
