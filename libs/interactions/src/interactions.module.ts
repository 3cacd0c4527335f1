import { UploadSlots } from './http/upload-slots';
import { Module } from '@nestjs/common';
import { ContractsModule } from '@vendorwatch/contracts';
import { EventStoreModule } from '@vendorwatch/event-store';
import { SlasModule } from '@vendorwatch/slas';
import { ContractFactsGate } from './adapters/contract-facts.gate';
import { ContractSlasCatalog } from './adapters/contract-slas.catalog';
import { SlaCommandRecorder } from './adapters/sla-command.recorder';
import { InteractionsController } from './http/interactions.controller';
import { InteractionIngest } from './ingest/interaction-ingest.service';
import { ComputedSlaMeasurer } from './measurement/computed-sla-measurer';
import { ComputedSlaPeriodsJob } from './measurement/computed-sla-periods.job';
import { NewComputedSlaProcess } from './measurement/new-computed-sla.process';
import { ComputedSlaCatalog, ContractGate, MeasurementRecorder } from './ports/ingest-ports';
import { InteractionActivity } from './queries/interaction-activity.query';

/** Interaction evidence (SPEC §6): ingest, storage, and the SLA figures computed from it. */
@Module({
  imports: [
    ContractsModule,
    SlasModule,
    EventStoreModule.forFeature({ projections: [NewComputedSlaProcess], jobs: [ComputedSlaPeriodsJob] }),
  ],
  controllers: [InteractionsController],
  providers: [
    UploadSlots,
    InteractionIngest,
    ComputedSlaMeasurer,
    InteractionActivity,
    { provide: ContractGate, useClass: ContractFactsGate },
    { provide: ComputedSlaCatalog, useClass: ContractSlasCatalog },
    { provide: MeasurementRecorder, useClass: SlaCommandRecorder },
  ],
  exports: [InteractionIngest, ComputedSlaMeasurer, InteractionActivity],
})
export class InteractionsModule {}
