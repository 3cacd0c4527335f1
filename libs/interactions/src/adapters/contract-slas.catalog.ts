import { Injectable } from '@nestjs/common';
import { ContractSlas, SlaDefinitionView } from '@vendorwatch/slas';
import { ComputedSla, isComputedMetric } from '../domain/computed-sla';
import { ComputedSlaCatalog } from '../ports/ingest-ports';

/** The contract's active SLAs with a metric computed from interactions, from the SLA context's read model. */
@Injectable()
export class ContractSlasCatalog extends ComputedSlaCatalog {
  constructor(private readonly slas: ContractSlas) {
    super();
  }

  async ofContract(contractId: string): Promise<ComputedSla[]> {
    const definitions = await this.slas.activeOf(contractId);
    return definitions.flatMap((definition) => (isComputedMetric(definition.metric) ? [toComputedSla(contractId, definition)] : []));
  }
}

function toComputedSla(contractId: string, definition: SlaDefinitionView): ComputedSla {
  const { objective } = definition;
  return {
    slaId: definition.id,
    contractId,
    metric: definition.metric as ComputedSla['metric'],
    period: definition.period,
    ...(objective.kind === 'attainment' ? { thresholdMinutes: objective.thresholdMinutes } : {}),
  };
}
