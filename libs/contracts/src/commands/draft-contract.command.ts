import { ContractTerms } from '../domain/contract-terms';

export class DraftContractCommand {
  constructor(
    readonly vendorId: string,
    readonly terms: ContractTerms,
  ) {}
}
