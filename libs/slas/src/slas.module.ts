import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { CalendarsModule } from '@vendorwatch/calendars';
import { ContractsModule } from '@vendorwatch/contracts';
import { EventStoreModule } from '@vendorwatch/event-store';
import { ClockContexts } from './commands/clock-context';
import { DefineSlaHandler } from './commands/define-sla.handler';
import { RecordSlaMeasurementHandler } from './commands/record-sla-measurement.handler';
import { RetireSlaHandler } from './commands/retire-sla.handler';
import { DisputeSlaPeriodHandler, ResolveSlaPeriodDisputeHandler } from './commands/sla-period-dispute.handlers';
import { ReviseSlaHandler } from './commands/revise-sla.handler';
import { CalendarRevisionsProcess } from './computed/calendar-revisions.process';
import { ComputedMeasurements } from './computed/computed-measurements';
import { ComputedMeasurementsJob } from './computed/computed-measurements.job';
import { ComputedSlaDefinitionsProcess } from './computed/computed-sla-definitions.process';
import { MetricSourceDiscovery, MetricSources } from './computed/metric-sources';
import { RemeasureRequests } from './computed/remeasure-requests';
import { Sla } from './domain/sla.aggregate';
import { ContractSlaIdsHandler } from './facts/contract-sla-ids.handler';
import { SlaDefinitionsProjection } from './facts/sla-definitions.projection';
import { ContractSlasController } from './http/contract-slas.controller';
import { SlaPeriodsController } from './http/sla-periods.controller';
import { SlasController } from './http/slas.controller';
import { SlaSummaryProjection } from './projections/sla-summary.projection';
import { GetContractComplianceHandler } from './queries/get-contract-compliance.handler';
import { GetPeriodEvidenceHandler } from './queries/get-period-evidence.handler';
import { GetSlaHistoryHandler } from './queries/get-sla-history.handler';
import { GetSlaHandler } from './queries/get-sla.handler';
import { ListSlaPeriodsHandler } from './queries/list-sla-periods.handler';
import { SlaFacts } from './queries/sla-facts';

/** SPEC §5: SLAs, their measurements and credits, and the measurement of computed SLAs from other contexts' evidence. */
@Module({
  imports: [ContractsModule, CalendarsModule, DiscoveryModule, EventStoreModule.forFeature({ aggregates: [Sla] })],
  controllers: [SlasController, SlaPeriodsController, ContractSlasController],
  providers: [
    SlaDefinitionsProjection,
    SlaSummaryProjection,
    ComputedSlaDefinitionsProcess,
    CalendarRevisionsProcess,
    ComputedMeasurementsJob,
    ClockContexts,
    DefineSlaHandler,
    ReviseSlaHandler,
    RetireSlaHandler,
    RecordSlaMeasurementHandler,
    DisputeSlaPeriodHandler,
    ResolveSlaPeriodDisputeHandler,
    GetSlaHandler,
    GetSlaHistoryHandler,
    ListSlaPeriodsHandler,
    GetContractComplianceHandler,
    GetPeriodEvidenceHandler,
    SlaFacts,
    ContractSlaIdsHandler,
    RemeasureRequests,
    ComputedMeasurements,
    MetricSources,
    MetricSourceDiscovery,
  ],
  exports: [SlaFacts, RemeasureRequests, ComputedMeasurements, MetricSources],
})
export class SlasModule {}
