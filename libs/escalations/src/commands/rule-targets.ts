import { Injectable } from '@nestjs/common';
import { ContractFacts } from '@vendorwatch/contracts';
import { BusinessRuleError } from '@vendorwatch/event-store';
import { SlaFacts } from '@vendorwatch/slas';
import { EscalationErrorCode } from '../domain/escalation-errors';

/**
 * What a rule points at, checked against the owners' facts APIs (which never lag): the contract and its vendor, and
 * the SLA a trigger names. Their ids come in the body: an unknown one is a rejected value (422).
 */
@Injectable()
export class RuleTargets {
  constructor(
    private readonly contracts: ContractFacts,
    private readonly slas: SlaFacts,
  ) {}

  async vendorOf(contractId: string): Promise<string> {
    const contract = await this.contracts.find(contractId);
    if (!contract)
      throw new BusinessRuleError(EscalationErrorCode.UNKNOWN_CONTRACT, `Contract ${contractId} does not exist.`);
    return contract.vendorId;
  }

  async assertSlaOfContract(slaId: string | undefined, contractId: string): Promise<void> {
    if (slaId === undefined) return;
    const sla = await this.slas.find(slaId);
    if (sla?.contractId !== contractId) {
      throw new BusinessRuleError(
        EscalationErrorCode.SLA_NOT_OF_CONTRACT,
        `SLA ${slaId} is not an SLA of contract ${contractId}.`,
      );
    }
  }
}
