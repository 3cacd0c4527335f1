import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ContractFacts } from '@vendorwatch/contracts';
import {
  AggregateRepository,
  Clock,
  InjectAggregateRepository,
  NotFoundError,
  WriteResult,
} from '@vendorwatch/event-store';
import { Sla } from '../domain/sla.aggregate';
import { SlaFacts } from '../queries/sla-facts';
import { ClockContexts } from './clock-context';
import { ReviseSlaCommand } from './revise-sla.command';

@CommandHandler(ReviseSlaCommand)
export class ReviseSlaHandler implements ICommandHandler<ReviseSlaCommand, WriteResult> {
  constructor(
    @InjectAggregateRepository(Sla) private readonly slas: AggregateRepository<Sla>,
    private readonly facts: SlaFacts,
    private readonly contracts: ContractFacts,
    private readonly clockContexts: ClockContexts,
    private readonly clock: Clock,
  ) {}

  async execute({ slaId, changes, ifMatch }: ReviseSlaCommand): Promise<WriteResult> {
    const clockContext = changes.clock && (await this.clockContextOf(slaId, changes.clock));
    const noClock = { calendarExists: () => false, hasDemandWindows: false };
    return this.slas.update(slaId, ifMatch, (s) => s.revise(changes, clockContext ?? noClock, this.clock.now()));
  }

  private async clockContextOf(slaId: string, clock: NonNullable<ReviseSlaCommand['changes']['clock']>) {
    const sla = await this.facts.find(slaId);
    const contract = sla && (await this.contracts.find(sla.contractId));
    if (!contract) throw NotFoundError.of('SLA', slaId);
    return this.clockContexts.of(clock, contract);
  }
}
