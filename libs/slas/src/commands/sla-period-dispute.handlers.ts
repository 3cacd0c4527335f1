import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ContractFacts, ContractFactsView, creditTermsAt } from '@vendorwatch/contracts';
import { AggregateRepository, Clock, InjectAggregateRepository, WriteResult } from '@vendorwatch/event-store';
import { VendorScope } from '@vendorwatch/identity';
import { DEFAULT_SLA_DISPUTE_WINDOW_DAYS } from '../domain/sla-disputes';
import { Sla } from '../domain/sla.aggregate';
import { DisputeSlaPeriodCommand, ResolveSlaPeriodDisputeCommand } from './sla-period-dispute.commands';

@CommandHandler(DisputeSlaPeriodCommand)
export class DisputeSlaPeriodHandler implements ICommandHandler<DisputeSlaPeriodCommand, WriteResult> {
  constructor(
    @InjectAggregateRepository(Sla) private readonly slas: AggregateRepository<Sla>,
    private readonly contracts: ContractFacts,
    private readonly clock: Clock,
  ) {}

  async execute({ slaId, periodStart, dispute, ifMatch }: DisputeSlaPeriodCommand): Promise<WriteResult> {
    const contract = await this.contractOf(slaId);
    const windowDays = contract.terms.governance?.slaDisputeWindowDays ?? DEFAULT_SLA_DISPUTE_WINDOW_DAYS;
    return this.slas.update(slaId, ifMatch, (sla) =>
      sla.disputePeriod(periodStart, dispute, windowDays, this.clock.now()),
    );
  }

  private async contractOf(slaId: string): Promise<ContractFactsView> {
    const sla = await this.slas.load(slaId);
    VendorScope.assertVisible(sla.vendorId, 'SLA', slaId);
    return this.contracts.visible(sla.contractId);
  }
}

@CommandHandler(ResolveSlaPeriodDisputeCommand)
export class ResolveSlaPeriodDisputeHandler implements ICommandHandler<ResolveSlaPeriodDisputeCommand, WriteResult> {
  constructor(
    @InjectAggregateRepository(Sla) private readonly slas: AggregateRepository<Sla>,
    private readonly contracts: ContractFacts,
    private readonly clock: Clock,
  ) {}

  async execute({ slaId, periodStart, resolution, ifMatch }: ResolveSlaPeriodDisputeCommand): Promise<WriteResult> {
    const { contractId } = await this.slas.load(slaId);
    const contract = await this.contracts.visible(contractId);
    // An adjusted breach is credited by the fee in force when its period started, as any other figure.
    const { monthlyFee } = creditTermsAt(contract.creditTerms, new Date(periodStart).toISOString());
    return this.slas.update(slaId, ifMatch, (sla) =>
      sla.resolvePeriodDispute(periodStart, resolution, monthlyFee, this.clock.now()),
    );
  }
}
