import { Module } from '@nestjs/common';
import { ContractsModule } from '@vendorwatch/contracts';
import { SlasModule } from '@vendorwatch/slas';
import { ContractFactsGate } from './adapters/contract-facts.gate';
import { InteractionsController } from './http/interactions.controller';
import { InteractionIngest } from './ingest/interaction-ingest.service';
import { InteractionMetricsSource } from './measurement/interaction-metrics.source';
import { ContractGate } from './ports/ingest-ports';
import { InteractionActivity } from './queries/interaction-activity.query';

/** Interaction evidence (SPEC §6): ingest and storage, and the figures of the SLAs computed from it. */
@Module({
  imports: [ContractsModule, SlasModule],
  controllers: [InteractionsController],
  providers: [
    InteractionIngest,
    InteractionMetricsSource,
    InteractionActivity,
    { provide: ContractGate, useClass: ContractFactsGate },
  ],
  exports: [InteractionIngest, InteractionActivity],
})
export class InteractionsModule {}
