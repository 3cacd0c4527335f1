import { TermChanges } from '../domain/contract-terms';

export class AmendContractCommand {
  constructor(
    readonly contractId: string,
    readonly changes: TermChanges,
    readonly ifMatch?: number,
  ) {}
}
