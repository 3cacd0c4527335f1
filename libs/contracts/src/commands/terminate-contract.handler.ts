import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, Clock, InjectAggregateRepository, WriteResult } from '@vendorwatch/event-store';
import { Contract } from '../domain/contract.aggregate';
import { TerminateContractCommand } from './terminate-contract.command';

@CommandHandler(TerminateContractCommand)
export class TerminateContractHandler implements ICommandHandler<TerminateContractCommand, WriteResult> {
  constructor(
    @InjectAggregateRepository(Contract) private readonly contracts: AggregateRepository<Contract>,
    private readonly clock: Clock,
  ) {}

  execute({ contractId, reason, effectiveDate, ifMatch }: TerminateContractCommand): Promise<WriteResult> {
    return this.contracts.update(contractId, ifMatch, (c) => c.terminate(reason, effectiveDate, this.clock.now()));
  }
}
