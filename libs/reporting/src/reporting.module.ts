import { Module } from '@nestjs/common';
import { InteractionsModule } from '@vendorwatch/interactions';
import { ChecklistController } from './http/checklist.controller';
import { ReportsController } from './http/reports.controller';
import { ReviewPackController } from './http/review-pack.controller';
import { ContractFactsProjection } from './projections/contract-facts.projection';
import { PerformanceFactsProjection } from './projections/performance-facts.projection';
import { VendorFactsProjection } from './projections/vendor-facts.projection';
import { VendorRankingRefreshJob } from './projections/vendor-ranking-refresh.job';
import { ChecklistReader } from './queries/checklist-reader';
import { GetContractChecklistHandler } from './queries/get-contract-checklist.handler';
import { GetSupportDebtHandler } from './queries/get-support-debt.handler';
import { GetVendorChecklistHandler } from './queries/get-vendor-checklist.handler';
import { GetVendorPerformanceHandler } from './queries/get-vendor-performance.handler';
import { GetVendorRankingHandler } from './queries/get-vendor-ranking.handler';
import { GetReviewPackHandler } from './review-pack/get-review-pack.handler';

/**
 * Cross-context read models: the outsourcing-mistakes checklist, vendor performance, ranking and support debt; and
 * the contract review pack, composed from the other contexts' published queries.
 */
@Module({
  imports: [InteractionsModule],
  controllers: [ChecklistController, ReportsController, ReviewPackController],
  providers: [
    ContractFactsProjection,
    VendorFactsProjection,
    PerformanceFactsProjection,
    VendorRankingRefreshJob,

    ChecklistReader,
    GetContractChecklistHandler,
    GetVendorChecklistHandler,
    GetVendorPerformanceHandler,
    GetVendorRankingHandler,
    GetSupportDebtHandler,
    GetReviewPackHandler,
  ],
})
export class ReportingModule {}
