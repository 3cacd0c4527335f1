import { CommandHandler, ICommandHandler, QueryBus } from '@nestjs/cqrs';
import { AggregateRepository, Clock, InjectAggregateRepository, WriteResult } from '@vendorwatch/event-store';
import { Contract } from '../domain/contract.aggregate';
import { GetVendorStandingQuery } from '../facts/vendor-standing.query';
import { SignContractCommand } from './sign-contract.command';

@CommandHandler(SignContractCommand)
export class SignContractHandler implements ICommandHandler<SignContractCommand, WriteResult> {
  constructor(
    @InjectAggregateRepository(Contract) private readonly contracts: AggregateRepository<Contract>,
    private readonly queries: QueryBus,
    private readonly clock: Clock,
  ) {}

  async execute({ contractId, signedAt, ifMatch }: SignContractCommand): Promise<WriteResult> {
    const { vendorId } = await this.contracts.load(contractId);
    const vendorStatus = (await this.queries.execute(new GetVendorStandingQuery(vendorId)))?.status;
    return this.contracts.update(contractId, ifMatch, (c) => c.sign(vendorStatus, signedAt, this.clock.now()));
  }
}
