import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, Clock, InjectAggregateRepository, WriteResult } from '@vendorwatch/event-store';
import { Vendor } from '../domain/vendor.aggregate';
import { EvaluateVendorCommand } from './evaluate-vendor.command';

@CommandHandler(EvaluateVendorCommand)
export class EvaluateVendorHandler implements ICommandHandler<EvaluateVendorCommand, WriteResult> {
  constructor(
    @InjectAggregateRepository(Vendor) private readonly vendors: AggregateRepository<Vendor>,
    private readonly clock: Clock,
  ) {}

  execute({ vendorId, evaluation, ifMatch }: EvaluateVendorCommand): Promise<WriteResult> {
    const evaluatedAt = (evaluation.evaluatedAt ? new Date(evaluation.evaluatedAt) : this.clock.now()).toISOString();
    return this.vendors.update(vendorId, ifMatch, (v) => v.evaluate({ ...evaluation, evaluatedAt }));
  }
}
