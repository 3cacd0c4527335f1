import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, Clock, InjectAggregateRepository, WriteResult } from '@vendorwatch/event-store';
import { Contract } from '../domain/contract.aggregate';
import { TakeContractLiveCommand } from './take-contract-live.command';

@CommandHandler(TakeContractLiveCommand)
export class TakeContractLiveHandler implements ICommandHandler<TakeContractLiveCommand, WriteResult> {
  constructor(
    @InjectAggregateRepository(Contract) private readonly contracts: AggregateRepository<Contract>,
    private readonly clock: Clock,
  ) {}

  execute({ contractId, liveAt, ifMatch }: TakeContractLiveCommand): Promise<WriteResult> {
    return this.contracts.update(contractId, ifMatch, (c) => c.goLive(liveAt, this.clock.now()));
  }
}
