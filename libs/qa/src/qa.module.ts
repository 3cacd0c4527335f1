import { Module } from '@nestjs/common';
import { ContractsModule } from '@vendorwatch/contracts';
import { EventStoreModule } from '@vendorwatch/event-store';
import { SlasModule } from '@vendorwatch/slas';
import { AcknowledgeQaFeedbackHandler } from './commands/acknowledge-qa-feedback.handler';
import { ContractQaFactsReader } from './commands/contract-qa-facts.reader';
import { DisputeQaReviewHandler } from './commands/dispute-qa-review.handler';
import { PublishScorecardHandler } from './commands/publish-scorecard.handler';
import { ResolveQaDisputeHandler } from './commands/resolve-qa-dispute.handler';
import { ReviseScorecardHandler } from './commands/revise-scorecard.handler';
import { SubmitQaReviewHandler } from './commands/submit-qa-review.handler';
import { QaReview } from './domain/qa-review.aggregate';
import { Scorecard } from './domain/scorecard.aggregate';
import { ContractQaSummaryController } from './http/contract-qa-summary.controller';
import { QaReviewsController } from './http/qa-reviews.controller';
import { ScorecardsController } from './http/scorecards.controller';
import { QaScoreEvidenceProjection } from './processes/qa-score-evidence.projection';
import { QaScoreMetricSource } from './processes/qa-score-metric.source';
import { ContractQaFactsProjection } from './projections/contract-qa-facts.projection';
import { QaReviewListProjection } from './projections/qa-review-list.projection';
import { ScorecardCatalogProjection } from './projections/scorecard-catalog.projection';
import { GetQaHistoryHandler } from './queries/get-qa-history.handler';
import { GetQaReviewHandler } from './queries/get-qa-review.handler';
import { GetQaSummaryHandler } from './queries/get-qa-summary.handler';
import { GetScorecardHandler } from './queries/get-scorecard.handler';
import { ListQaReviewsHandler } from './queries/list-qa-reviews.handler';
import { ListScorecardsHandler } from './queries/list-scorecards.handler';

/** SPEC §7: scorecards, QA reviews with disputes and acknowledgements, and the contract QA summary. */
@Module({
  imports: [ContractsModule, SlasModule, EventStoreModule.forFeature({ aggregates: [Scorecard, QaReview] })],
  controllers: [ScorecardsController, QaReviewsController, ContractQaSummaryController],
  providers: [
    ContractQaFactsProjection,
    ScorecardCatalogProjection,
    QaReviewListProjection,
    QaScoreEvidenceProjection,
    QaScoreMetricSource,

    ContractQaFactsReader,
    PublishScorecardHandler,
    ReviseScorecardHandler,
    SubmitQaReviewHandler,
    DisputeQaReviewHandler,
    ResolveQaDisputeHandler,
    AcknowledgeQaFeedbackHandler,
    ListScorecardsHandler,
    GetScorecardHandler,
    ListQaReviewsHandler,
    GetQaReviewHandler,
    GetQaSummaryHandler,
    GetQaHistoryHandler,
  ],
})
export class QaModule {}
