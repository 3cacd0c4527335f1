import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, Clock, InjectAggregateRepository, WriteResult } from '@vendorwatch/event-store';
import { Vendor } from '../domain/vendor.aggregate';
import { RejectVendorCommand } from './reject-vendor.command';

@CommandHandler(RejectVendorCommand)
export class RejectVendorHandler implements ICommandHandler<RejectVendorCommand, WriteResult> {
  constructor(
    @InjectAggregateRepository(Vendor) private readonly vendors: AggregateRepository<Vendor>,
    private readonly clock: Clock,
  ) {}

  execute({ vendorId, reason, ifMatch }: RejectVendorCommand): Promise<WriteResult> {
    const at = this.clock.now().toISOString();
    return this.vendors.update(vendorId, ifMatch, (v) => v.reject(reason, at));
  }
}
