import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, Clock, EventStore, InjectAggregateRepository, WriteResult } from '@vendorwatch/event-store';
import { Contract } from '../domain/contract.aggregate';
import { AmendContractCommand } from './amend-contract.command';

@CommandHandler(AmendContractCommand)
export class AmendContractHandler implements ICommandHandler<AmendContractCommand, WriteResult> {
  constructor(
    @InjectAggregateRepository(Contract) private readonly contracts: AggregateRepository<Contract>,
    private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  async execute({ contractId, changes, ifMatch }: AmendContractCommand): Promise<WriteResult> {
    const result = await this.contracts.update(contractId, ifMatch, (c) => c.amend(changes, this.clock.now()));
    if (result.position !== '0') return result;
    // An amendment that changes nothing appends nothing; the answer points at the contract's last event so that
    // `X-Min-Position` reads still work.
    const [last] = await this.store.readStream(contractId, result.version);
    return { ...result, position: last.position };
  }
}
