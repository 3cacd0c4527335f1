import { Module } from '@nestjs/common';
import { EventStoreModule } from '@vendorwatch/event-store';
import { AmendContractHandler } from './commands/amend-contract.handler';
import { CompleteOnboardingMilestoneHandler } from './commands/complete-onboarding-milestone.handler';
import { DraftContractHandler } from './commands/draft-contract.handler';
import { HoldGovernanceReviewHandler } from './commands/hold-governance-review.handler';
import { SignContractHandler } from './commands/sign-contract.handler';
import { TakeContractLiveHandler } from './commands/take-contract-live.handler';
import { TerminateContractHandler } from './commands/terminate-contract.handler';
import { Contract } from './domain/contract.aggregate';
import { ContractsController } from './http/contracts.controller';
import { ContractSummaryProjection } from './projections/contract-summary.projection';
import { ContractFacts } from './queries/contract-facts';
import { GetContractHistoryHandler } from './queries/get-contract-history.handler';
import { GetContractHandler } from './queries/get-contract.handler';
import { ListContractsHandler } from './queries/list-contracts.handler';
import { ContractFactsProjection } from './facts/contract-facts.projection';

@Module({
  imports: [EventStoreModule.forFeature({ aggregates: [Contract] })],
  controllers: [ContractsController],
  providers: [
    ContractSummaryProjection,

    DraftContractHandler,
    AmendContractHandler,
    SignContractHandler,
    CompleteOnboardingMilestoneHandler,
    TakeContractLiveHandler,
    HoldGovernanceReviewHandler,
    TerminateContractHandler,
    GetContractHandler,
    ListContractsHandler,
    GetContractHistoryHandler,
    ContractFactsProjection,
    ContractFacts,
  ],
  exports: [ContractFacts],
})
export class ContractsModule {}
