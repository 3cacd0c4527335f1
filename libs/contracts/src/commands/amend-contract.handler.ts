import { CommandHandler, ICommandHandler, QueryBus } from '@nestjs/cqrs';
import { AggregateRepository, Clock, InjectAggregateRepository, WriteResult } from '@vendorwatch/event-store';
import { Contract } from '../domain/contract.aggregate';
import { assertChannelsOffered } from '../domain/vendor-standing';
import { GetVendorStandingQuery } from '../facts/vendor-standing.query';
import { AmendContractCommand } from './amend-contract.command';

@CommandHandler(AmendContractCommand)
export class AmendContractHandler implements ICommandHandler<AmendContractCommand, WriteResult> {
  constructor(
    @InjectAggregateRepository(Contract) private readonly contracts: AggregateRepository<Contract>,
    private readonly queries: QueryBus,
    private readonly clock: Clock,
  ) {}

  async execute({ contractId, changes, ifMatch }: AmendContractCommand): Promise<WriteResult> {
    if (changes.channels) {
      const { vendorId } = await this.contracts.load(contractId);
      const vendor = await this.queries.execute(new GetVendorStandingQuery(vendorId));
      if (vendor) assertChannelsOffered(changes.channels, vendor);
    }
    return this.contracts.update(contractId, ifMatch, (c) => c.amend(changes, this.clock.now()));
  }
}
