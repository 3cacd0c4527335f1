import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ContractFacts, creditTermsAt } from '@vendorwatch/contracts';
import {
  AggregateRepository,
  Clock,
  InjectAggregateRepository,
  NotFoundError,
  WriteResult,
} from '@vendorwatch/event-store';
import { VendorScope } from '@vendorwatch/identity';
import { Sla } from '../domain/sla.aggregate';
import { RecordSlaMeasurementCommand } from './record-sla-measurement.command';

@CommandHandler(RecordSlaMeasurementCommand)
export class RecordSlaMeasurementHandler implements ICommandHandler<RecordSlaMeasurementCommand, WriteResult> {
  constructor(
    @InjectAggregateRepository(Sla) private readonly slas: AggregateRepository<Sla>,
    private readonly contracts: ContractFacts,
    private readonly clock: Clock,
  ) {}

  async execute({ slaId, measurements, ifMatch, options }: RecordSlaMeasurementCommand): Promise<WriteResult> {
    const sla = await this.slas.load(slaId, options);
    VendorScope.assertVisible(sla.vendorId, 'SLA', slaId);
    const contract = await this.contracts.find(sla.contractId, options);
    if (!contract) throw NotFoundError.of('Contract', sla.contractId);
    const now = this.clock.now();
    return this.slas.update(
      slaId,
      ifMatch,
      (s) => {
        for (const measurement of measurements) {
          // A breach is credited by the fee in force when its period started, not by today's.
          const { monthlyFee } = creditTermsAt(contract.creditTerms, measurement.periodStart);
          s.measure(measurement, monthlyFee, now);
        }
      },
      options,
    );
  }
}
