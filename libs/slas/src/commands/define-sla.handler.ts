import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ContractFacts } from '@vendorwatch/contracts';
import { AggregateRepository, Clock, InjectAggregateRepository, WriteResult } from '@vendorwatch/event-store';
import { randomUUID } from 'node:crypto';
import { Sla } from '../domain/sla.aggregate';
import { DefineSlaCommand } from './define-sla.command';

@CommandHandler(DefineSlaCommand)
export class DefineSlaHandler implements ICommandHandler<DefineSlaCommand, WriteResult> {
  constructor(
    @InjectAggregateRepository(Sla) private readonly slas: AggregateRepository<Sla>,
    private readonly contracts: ContractFacts,
    private readonly clock: Clock,
  ) {}

  async execute({ contractId, definition }: DefineSlaCommand): Promise<WriteResult> {
    const contract = await this.contracts.visible(contractId);
    return this.slas.save(Sla.define(randomUUID(), contract, definition, this.clock.now()));
  }
}
