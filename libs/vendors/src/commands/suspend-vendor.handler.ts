import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, Clock, InjectAggregateRepository, WriteResult } from '@vendorwatch/event-store';
import { Vendor } from '../domain/vendor.aggregate';
import { SuspendVendorCommand } from './suspend-vendor.command';

@CommandHandler(SuspendVendorCommand)
export class SuspendVendorHandler implements ICommandHandler<SuspendVendorCommand, WriteResult> {
  constructor(
    @InjectAggregateRepository(Vendor) private readonly vendors: AggregateRepository<Vendor>,
    private readonly clock: Clock,
  ) {}

  execute({ vendorId, reason, ifMatch }: SuspendVendorCommand): Promise<WriteResult> {
    const at = this.clock.now().toISOString();
    return this.vendors.update(vendorId, ifMatch, (v) => v.suspend(reason, at));
  }
}
