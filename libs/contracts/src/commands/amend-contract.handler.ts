import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, Clock, InjectAggregateRepository, WriteResult } from '@vendorwatch/event-store';
import { Contract } from '../domain/contract.aggregate';
import { AmendContractCommand } from './amend-contract.command';

@CommandHandler(AmendContractCommand)
export class AmendContractHandler implements ICommandHandler<AmendContractCommand, WriteResult> {
  constructor(
    @InjectAggregateRepository(Contract) private readonly contracts: AggregateRepository<Contract>,
    private readonly clock: Clock,
  ) {}

  execute({ contractId, changes, ifMatch }: AmendContractCommand): Promise<WriteResult> {
    return this.contracts.update(contractId, ifMatch, (c) => c.amend(changes, this.clock.now()));
  }
}
