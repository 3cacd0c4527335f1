import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, Clock, InjectAggregateRepository, WriteResult } from '@vendorwatch/event-store';
import { Escalation } from '../domain/escalation.aggregate';
import { ResolveEscalationCommand } from './resolve-escalation.command';

@CommandHandler(ResolveEscalationCommand)
export class ResolveEscalationHandler implements ICommandHandler<ResolveEscalationCommand, WriteResult> {
  constructor(
    @InjectAggregateRepository(Escalation) private readonly escalations: AggregateRepository<Escalation>,
    private readonly clock: Clock,
  ) {}

  execute({ escalationId, resolution, ifMatch }: ResolveEscalationCommand): Promise<WriteResult> {
    return this.escalations.update(escalationId, ifMatch, (escalation) =>
      escalation.resolve(resolution, this.clock.now()),
    );
  }
}
