import { Injectable } from '@nestjs/common';
import { SlaFacts } from '@vendorwatch/slas';
import { ComputedSla, computedSlaOf } from '../domain/computed-sla';
import { ComputedSlaCatalog } from '../ports/ingest-ports';

/** The active SLAs with a metric computed from interactions, from the SLA context's facts API. */
@Injectable()
export class ContractSlasCatalog extends ComputedSlaCatalog {
  constructor(private readonly facts: SlaFacts) {
    super();
  }

  async ofContract(contractId: string): Promise<ComputedSla[]> {
    const definitions = await this.facts.activeOf(contractId);
    return definitions.flatMap((definition) => computedSlaOf(definition.id, contractId, definition) ?? []);
  }

  async current(slaId: string): Promise<ComputedSla | undefined> {
    const sla = await this.facts.active(slaId);
    return sla && computedSlaOf(sla.id, sla.contractId, sla);
  }
}
