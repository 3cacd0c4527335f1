import { UploadSlots } from './http/upload-slots';
import { Module } from '@nestjs/common';
import { CalendarsModule } from '@vendorwatch/calendars';
import { ContractsModule } from '@vendorwatch/contracts';
import { SlasModule } from '@vendorwatch/slas';
import { ContractFactsGate } from './adapters/contract-facts.gate';
import { InteractionsController } from './http/interactions.controller';
import { InteractionIngest } from './ingest/interaction-ingest.service';
import { ClockSchedules } from './measurement/clock-schedules';
import { InteractionMetricsSource } from './measurement/interaction-metrics.source';
import { ContractGate } from './ports/ingest-ports';
import { InteractionActivity } from './queries/interaction-activity.query';
import { InteractionVersions } from './queries/interaction-versions.query';
import { InteractionPartitionsJob } from './storage/interaction-partitions';

/** Interaction evidence (SPEC §6): ingest and storage, and the figures of the SLAs computed from it. */
@Module({
  imports: [ContractsModule, CalendarsModule, SlasModule],
  controllers: [InteractionsController],
  providers: [
    UploadSlots,
    InteractionIngest,
    InteractionMetricsSource,
    ClockSchedules,
    InteractionActivity,
    InteractionVersions,
    InteractionPartitionsJob,
    { provide: ContractGate, useClass: ContractFactsGate },
  ],
  exports: [InteractionIngest, InteractionActivity],
})
export class InteractionsModule {}
