import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, Clock, InjectAggregateRepository, WriteResult } from '@vendorwatch/event-store';
import { Vendor } from '../domain/vendor.aggregate';
import { RecordDueDiligenceCommand } from './record-due-diligence.command';

@CommandHandler(RecordDueDiligenceCommand)
export class RecordDueDiligenceHandler implements ICommandHandler<RecordDueDiligenceCommand, WriteResult> {
  constructor(
    @InjectAggregateRepository(Vendor) private readonly vendors: AggregateRepository<Vendor>,
    private readonly clock: Clock,
  ) {}

  execute({ vendorId, entry, ifMatch }: RecordDueDiligenceCommand): Promise<WriteResult> {
    const at = this.clock.now().toISOString();
    return this.vendors.update(vendorId, ifMatch, (v) => v.recordDueDiligence(entry, at));
  }
}
