import { Query } from '@nestjs/cqrs';
import { ContractStatus } from '../domain/contract.aggregate';
import { ContractView } from './contract-view';

export class ListContractsQuery extends Query<{ items: ContractView[]; total: number }> {
  constructor(
    readonly filter: { vendorId?: string; status?: ContractStatus },
    readonly page: { limit: number; offset: number },
  ) {
    super();
  }
}
