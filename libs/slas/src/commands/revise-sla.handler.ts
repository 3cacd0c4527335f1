import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, Clock, InjectAggregateRepository, WriteResult } from '@vendorwatch/event-store';
import { Sla } from '../domain/sla.aggregate';
import { ReviseSlaCommand } from './revise-sla.command';

@CommandHandler(ReviseSlaCommand)
export class ReviseSlaHandler implements ICommandHandler<ReviseSlaCommand, WriteResult> {
  constructor(
    @InjectAggregateRepository(Sla) private readonly slas: AggregateRepository<Sla>,
    private readonly clock: Clock,
  ) {}

  execute({ slaId, changes, ifMatch }: ReviseSlaCommand): Promise<WriteResult> {
    return this.slas.update(slaId, ifMatch, (s) => s.revise(changes, this.clock.now()));
  }
}
