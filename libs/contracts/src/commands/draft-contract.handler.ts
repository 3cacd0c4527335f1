import { CommandHandler, ICommandHandler, QueryBus } from '@nestjs/cqrs';
import {
  AggregateRepository,
  BusinessRuleError,
  Clock,
  InjectAggregateRepository,
  WriteResult,
} from '@vendorwatch/event-store';
import { randomUUID } from 'node:crypto';
import { compact } from '../domain/contract-amendment';
import { ContractErrorCode } from '../domain/contract-errors';
import { Contract } from '../domain/contract.aggregate';
import { assertChannelsOffered } from '../domain/vendor-standing';
import { GetVendorStandingQuery } from '../facts/vendor-standing.query';
import { DraftContractCommand } from './draft-contract.command';

@CommandHandler(DraftContractCommand)
export class DraftContractHandler implements ICommandHandler<DraftContractCommand, WriteResult> {
  constructor(
    @InjectAggregateRepository(Contract) private readonly contracts: AggregateRepository<Contract>,
    private readonly queries: QueryBus,
    private readonly clock: Clock,
  ) {}

  async execute({ vendorId, terms }: DraftContractCommand): Promise<WriteResult> {
    // The vendor id comes in the body, not the path: an unknown one is a rejected value (422), not a missing page.
    const vendor = await this.queries.execute(new GetVendorStandingQuery(vendorId));
    if (!vendor) throw new BusinessRuleError(ContractErrorCode.UNKNOWN_VENDOR, `Vendor ${vendorId} is not registered.`);
    assertChannelsOffered(terms.channels, vendor);
    return this.contracts.save(Contract.draft(randomUUID(), vendorId, compact(terms), this.clock.now()));
  }
}
