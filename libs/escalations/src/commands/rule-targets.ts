import { Injectable } from '@nestjs/common';
import { ContractFacts } from '@vendorwatch/contracts';
import { BusinessRuleError, EventStore, isEvent } from '@vendorwatch/event-store';
import { SlaDefined } from '@vendorwatch/slas';
import { EscalationErrorCode } from '../domain/escalation-errors';

/**
 * What a rule points at, checked against the owners' streams (not read models that may lag): the contract and
 * its vendor, and the SLA a trigger names. Their ids come in the body: an unknown one is a rejected value (422).
 */
@Injectable()
export class RuleTargets {
  constructor(
    private readonly contracts: ContractFacts,
    private readonly store: EventStore,
  ) {}

  async vendorOf(contractId: string): Promise<string> {
    const contract = await this.contracts.find(contractId);
    if (!contract)
      throw new BusinessRuleError(EscalationErrorCode.UNKNOWN_CONTRACT, `Contract ${contractId} does not exist.`);
    return contract.vendorId;
  }

  async assertSlaOfContract(slaId: string | undefined, contractId: string): Promise<void> {
    if (slaId === undefined) return;
    const [defined] = await this.store.readStream(slaId, 1);
    if (!defined || !isEvent(defined, SlaDefined) || defined.data.contractId !== contractId) {
      throw new BusinessRuleError(
        EscalationErrorCode.SLA_NOT_OF_CONTRACT,
        `SLA ${slaId} is not an SLA of contract ${contractId}.`,
      );
    }
  }
}
