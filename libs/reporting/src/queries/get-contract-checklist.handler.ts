import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ChecklistReader, ContractChecklistView } from './checklist-reader';
import { GetContractChecklistQuery } from './get-contract-checklist.query';

@QueryHandler(GetContractChecklistQuery)
export class GetContractChecklistHandler implements IQueryHandler<GetContractChecklistQuery, ContractChecklistView> {
  constructor(private readonly checklists: ChecklistReader) {}

  execute({ contractId }: GetContractChecklistQuery): Promise<ContractChecklistView> {
    return this.checklists.contract(contractId);
  }
}
