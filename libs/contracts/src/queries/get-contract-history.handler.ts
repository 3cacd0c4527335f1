import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EventStore, toAuditEvent } from '@vendorwatch/event-store';
import { Contract } from '../domain/contract.aggregate';
import { ContractFacts } from './contract-facts';
import { GetContractHistoryQuery } from './get-contract-history.query';

@QueryHandler(GetContractHistoryQuery)
export class GetContractHistoryHandler implements IQueryHandler<GetContractHistoryQuery> {
  constructor(
    private readonly facts: ContractFacts,
    private readonly store: EventStore,
  ) {}

  async execute({ contractId, page }: GetContractHistoryQuery) {
    await this.facts.visible(contractId);
    const { items, total } = await this.store.find({ streamId: contractId, streamType: Contract.streamType }, page);
    return { items: items.map(toAuditEvent), total };
  }
}
