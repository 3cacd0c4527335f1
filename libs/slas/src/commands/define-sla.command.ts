import { SlaDefinitionInput } from '../domain/sla.aggregate';

export class DefineSlaCommand {
  constructor(
    readonly contractId: string,
    readonly definition: SlaDefinitionInput,
  ) {}
}
