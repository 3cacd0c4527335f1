import { Module } from '@nestjs/common';
import { ContractsModule } from '@vendorwatch/contracts';
import { EventStoreModule } from '@vendorwatch/event-store';
import { DefineSlaHandler } from './commands/define-sla.handler';
import { RecordSlaMeasurementHandler } from './commands/record-sla-measurement.handler';
import { RetireSlaHandler } from './commands/retire-sla.handler';
import { ReviseSlaHandler } from './commands/revise-sla.handler';
import { Sla } from './domain/sla.aggregate';
import { ContractSlasController } from './http/contract-slas.controller';
import { SlasController } from './http/slas.controller';
import { SlaSummaryProjection } from './projections/sla-summary.projection';
import { SlaDefinitionsProjection } from './facts/sla-definitions.projection';
import { GetContractComplianceHandler } from './queries/get-contract-compliance.handler';
import { GetSlaHistoryHandler } from './queries/get-sla-history.handler';
import { GetSlaHandler } from './queries/get-sla.handler';
import { SlaFacts } from './queries/sla-facts';

@Module({
  imports: [ContractsModule, EventStoreModule.forFeature({ aggregates: [Sla] })],
  controllers: [SlasController, ContractSlasController],
  providers: [
    SlaSummaryProjection,

    DefineSlaHandler,
    ReviseSlaHandler,
    RetireSlaHandler,
    RecordSlaMeasurementHandler,
    GetSlaHandler,
    GetSlaHistoryHandler,
    GetContractComplianceHandler,
    SlaDefinitionsProjection,
    SlaFacts,
  ],
  exports: [SlaFacts],
})
export class SlasModule {}
