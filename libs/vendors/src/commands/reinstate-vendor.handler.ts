import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, Clock, InjectAggregateRepository, WriteResult } from '@vendorwatch/event-store';
import { Vendor } from '../domain/vendor.aggregate';
import { ReinstateVendorCommand } from './reinstate-vendor.command';

@CommandHandler(ReinstateVendorCommand)
export class ReinstateVendorHandler implements ICommandHandler<ReinstateVendorCommand, WriteResult> {
  constructor(
    @InjectAggregateRepository(Vendor) private readonly vendors: AggregateRepository<Vendor>,
    private readonly clock: Clock,
  ) {}

  execute({ vendorId, reason, ifMatch }: ReinstateVendorCommand): Promise<WriteResult> {
    const at = this.clock.now().toISOString();
    return this.vendors.update(vendorId, ifMatch, (v) => v.reinstate(reason, at));
  }
}
