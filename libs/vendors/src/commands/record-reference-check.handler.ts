import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, Clock, InjectAggregateRepository, WriteResult } from '@vendorwatch/event-store';
import { Vendor } from '../domain/vendor.aggregate';
import { RecordReferenceCheckCommand } from './record-reference-check.command';

@CommandHandler(RecordReferenceCheckCommand)
export class RecordReferenceCheckHandler implements ICommandHandler<RecordReferenceCheckCommand, WriteResult> {
  constructor(
    @InjectAggregateRepository(Vendor) private readonly vendors: AggregateRepository<Vendor>,
    private readonly clock: Clock,
  ) {}

  execute({ vendorId, check, ifMatch }: RecordReferenceCheckCommand): Promise<WriteResult> {
    const at = this.clock.now().toISOString();
    return this.vendors.update(vendorId, ifMatch, (v) => v.recordReferenceCheck(check, at));
  }
}
