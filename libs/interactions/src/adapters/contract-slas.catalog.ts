import { Injectable } from '@nestjs/common';
import { ContractSlas, SlaFacts } from '@vendorwatch/slas';
import { ComputedSla, computedSlaOf } from '../domain/computed-sla';
import { ComputedSlaCatalog } from '../ports/ingest-ports';

/**
 * The active SLAs with a metric computed from interactions: a contract's from the SLA context's read model, one SLA
 * straight from its stream.
 */
@Injectable()
export class ContractSlasCatalog extends ComputedSlaCatalog {
  constructor(
    private readonly slas: ContractSlas,
    private readonly facts: SlaFacts,
  ) {
    super();
  }

  async ofContract(contractId: string, upToDate = false): Promise<ComputedSla[]> {
    const definitions = await this.slas.activeOf(contractId, { upToDate });
    return definitions.flatMap((definition) => computedSlaOf(definition.id, contractId, definition) ?? []);
  }

  async current(slaId: string): Promise<ComputedSla | undefined> {
    const sla = await this.facts.active(slaId);
    return sla && computedSlaOf(sla.slaId, sla.contractId, sla.definition);
  }
}
