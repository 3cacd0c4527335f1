import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ContractFacts } from '@vendorwatch/contracts';
import { AggregateRepository, Clock, InjectAggregateRepository, WriteResult } from '@vendorwatch/event-store';
import { randomUUID } from 'node:crypto';
import { Sla } from '../domain/sla.aggregate';
import { ClockContexts } from './clock-context';
import { DefineSlaCommand } from './define-sla.command';

@CommandHandler(DefineSlaCommand)
export class DefineSlaHandler implements ICommandHandler<DefineSlaCommand, WriteResult> {
  constructor(
    @InjectAggregateRepository(Sla) private readonly slas: AggregateRepository<Sla>,
    private readonly contracts: ContractFacts,
    private readonly clockContexts: ClockContexts,
    private readonly clock: Clock,
  ) {}

  async execute({ contractId, definition }: DefineSlaCommand): Promise<WriteResult> {
    const contract = await this.contracts.visible(contractId);
    const clockContext = await this.clockContexts.of(definition.clock, contract);
    return this.slas.save(Sla.define(randomUUID(), contract, definition, clockContext, this.clock.now()));
  }
}
