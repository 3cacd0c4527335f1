import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, Clock, InjectAggregateRepository, WriteResult } from '@vendorwatch/event-store';
import { Sla } from '../domain/sla.aggregate';
import { RetireSlaCommand } from './retire-sla.command';

@CommandHandler(RetireSlaCommand)
export class RetireSlaHandler implements ICommandHandler<RetireSlaCommand, WriteResult> {
  constructor(
    @InjectAggregateRepository(Sla) private readonly slas: AggregateRepository<Sla>,
    private readonly clock: Clock,
  ) {}

  execute({ slaId, reason, ifMatch }: RetireSlaCommand): Promise<WriteResult> {
    return this.slas.update(slaId, ifMatch, (s) => s.retire(reason, this.clock.now()));
  }
}
