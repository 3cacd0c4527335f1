import { ContractStatus } from '../domain/contract.aggregate';

export class ListContractsQuery {
  constructor(
    readonly filter: { vendorId?: string; status?: ContractStatus },
    readonly page: { limit: number; offset: number },
  ) {}
}
