import { Injectable } from '@nestjs/common';
import { ContractSlas } from '@vendorwatch/slas';
import { ComputedSla, computedSlaOf } from '../domain/computed-sla';
import { ComputedSlaCatalog } from '../ports/ingest-ports';

/** The contract's active SLAs with a metric computed from interactions, from the SLA context's read model. */
@Injectable()
export class ContractSlasCatalog extends ComputedSlaCatalog {
  constructor(private readonly slas: ContractSlas) {
    super();
  }

  async ofContract(contractId: string): Promise<ComputedSla[]> {
    const definitions = await this.slas.activeOf(contractId);
    return definitions.flatMap((definition) => computedSlaOf(definition.id, contractId, definition) ?? []);
  }
}
