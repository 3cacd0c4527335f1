import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AggregateRepository, Clock, InjectAggregateRepository, WriteResult } from '@vendorwatch/event-store';
import { VendorScope } from '@vendorwatch/identity';
import { Escalation } from '../domain/escalation.aggregate';
import { AcknowledgeEscalationCommand } from './acknowledge-escalation.command';

@CommandHandler(AcknowledgeEscalationCommand)
export class AcknowledgeEscalationHandler implements ICommandHandler<AcknowledgeEscalationCommand, WriteResult> {
  constructor(
    @InjectAggregateRepository(Escalation) private readonly escalations: AggregateRepository<Escalation>,
    private readonly clock: Clock,
  ) {}

  execute({ escalationId, note, ifMatch }: AcknowledgeEscalationCommand): Promise<WriteResult> {
    return this.escalations.update(
      escalationId,
      ifMatch,
      (escalation) => escalation.acknowledge(note, this.clock.now()),
      {
        assertVisible: (escalation) => VendorScope.assertVisible(escalation.vendorId, 'Escalation', escalationId),
      },
    );
  }
}
