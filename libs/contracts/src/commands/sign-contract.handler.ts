import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, Clock, InjectAggregateRepository, WriteResult } from '@vendorwatch/event-store';
import { Contract } from '../domain/contract.aggregate';
import { VendorStatuses } from '../queries/vendor-statuses';
import { SignContractCommand } from './sign-contract.command';

@CommandHandler(SignContractCommand)
export class SignContractHandler implements ICommandHandler<SignContractCommand, WriteResult> {
  constructor(
    @InjectAggregateRepository(Contract) private readonly contracts: AggregateRepository<Contract>,
    private readonly vendorStatuses: VendorStatuses,
    private readonly clock: Clock,
  ) {}

  async execute({ contractId, signedAt, ifMatch }: SignContractCommand): Promise<WriteResult> {
    const { vendorId } = await this.contracts.load(contractId);
    const vendorStatus = await this.vendorStatuses.statusOf(vendorId);
    return this.contracts.update(contractId, ifMatch, (c) => c.sign(vendorStatus, signedAt, this.clock.now()));
  }
}
