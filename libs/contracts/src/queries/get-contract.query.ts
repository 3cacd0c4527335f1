import { Query } from '@nestjs/cqrs';
import { ContractView } from './contract-view';

export class GetContractQuery extends Query<ContractView> {
  constructor(readonly contractId: string) {
    super();
  }
}
