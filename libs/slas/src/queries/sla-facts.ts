import { Injectable } from '@nestjs/common';
import { AggregateRepository, InjectAggregateRepository } from '@vendorwatch/event-store';
import { SlaDefinition, Sla } from '../domain/sla.aggregate';

/** An active SLA's current definition, as a context that measures it needs it. */
export interface ActiveSlaView {
  slaId: string;
  contractId: string;
  definition: SlaDefinition;
}

/**
 * Read straight from the SLA's stream, so a reaction to its definition sees every revision and retirement stored
 * since (a replayed reaction measures by today's definition, never by a superseded one). Exported for other contexts.
 */
@Injectable()
export class SlaFacts {
  constructor(@InjectAggregateRepository(Sla) private readonly slas: AggregateRepository<Sla>) {}

  /** The SLA, or undefined when it is unknown or retired. */
  async active(slaId: string): Promise<ActiveSlaView | undefined> {
    const sla = await this.slas.tryLoad(slaId);
    if (!sla || sla.status !== 'active') return undefined;
    return { slaId, contractId: sla.contractId, definition: sla.definition };
  }
}
