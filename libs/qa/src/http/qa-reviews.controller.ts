import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { Request } from 'express';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { IfMatch, PageQuery, ReadsProjections, WriteResult, CsvRows, csvPage } from '@vendorwatch/event-store';
import { Roles } from '@vendorwatch/identity';
import { AcknowledgeQaFeedbackCommand } from '../commands/acknowledge-qa-feedback.command';
import { DisputeQaReviewCommand } from '../commands/dispute-qa-review.command';
import { ResolveQaDisputeCommand } from '../commands/resolve-qa-dispute.command';
import { SubmitQaReviewCommand } from '../commands/submit-qa-review.command';
import { QaReviewListProjection } from '../projections/qa-review-list.projection';
import { GetQaHistoryQuery } from '../queries/get-qa-history.query';
import { GetQaReviewQuery } from '../queries/get-qa-review.query';
import { ListQaReviewsQuery } from '../queries/list-qa-reviews.query';
import { AcknowledgeQaFeedbackDto } from './dto/acknowledge-qa-feedback.dto';
import { DisputeQaReviewDto } from './dto/dispute-qa-review.dto';
import { ListQaReviewsDto } from './dto/list-qa-reviews.dto';
import { QaAnswerDto } from './dto/qa-answer.dto';
import { ResolveQaDisputeDto } from './dto/resolve-qa-dispute.dto';
import { SubmitQaReviewDto } from './dto/submit-qa-review.dto';

const answersOf = (answers: QaAnswerDto[]) => answers.map((a) => ({ criterionKey: a.criterionKey, score: a.score }));

@ApiTags('qa')
@Controller('qa-reviews')
export class QaReviewsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles('qa_reviewer')
  submit(@Body() body: SubmitQaReviewDto): Promise<WriteResult> {
    const { externalId, channel, occurredAt } = body.interaction;
    return this.commands.execute(
      new SubmitQaReviewCommand(
        body.contractId,
        body.scorecardId,
        { externalId, channel, occurredAt: new Date(occurredAt).toISOString() },
        body.agentRef,
        answersOf(body.answers),
        body.comments ?? null,
        body.calibrationGroup ?? null,
      ),
    );
  }

  @Post(':id/disputes')
  @HttpCode(201)
  @Roles('vendor')
  dispute(
    @Param('id') id: string,
    @IfMatch() ifMatch: number | undefined,
    @Body() body: DisputeQaReviewDto,
  ): Promise<WriteResult> {
    return this.commands.execute(new DisputeQaReviewCommand(id, ifMatch, body.reason));
  }

  /** 409 when the caller wrote the review: a dispute is settled by a second reviewer. */
  @Post(':id/dispute-resolution')
  @HttpCode(201)
  @Roles('qa_reviewer')
  resolve(
    @Param('id') id: string,
    @IfMatch() ifMatch: number | undefined,
    @Body() body: ResolveQaDisputeDto,
  ): Promise<WriteResult> {
    const answers = body.answers ? answersOf(body.answers) : null;
    return this.commands.execute(new ResolveQaDisputeCommand(id, ifMatch, body.outcome, answers, body.note));
  }

  @Post(':id/acknowledgement')
  @HttpCode(201)
  @Roles('vendor')
  acknowledge(
    @Param('id') id: string,
    @IfMatch() ifMatch: number | undefined,
    @Body() body: AcknowledgeQaFeedbackDto,
  ): Promise<WriteResult> {
    return this.commands.execute(new AcknowledgeQaFeedbackCommand(id, ifMatch, body.note ?? null));
  }

  @Get()
  @ReadsProjections(QaReviewListProjection.projectionName)
  @CsvRows()
  list(@Query() requested: ListQaReviewsDto, @Req() request: Request) {
    const query = csvPage(request, requested);
    const { contractId, agentRef, status, from, to } = query;
    return this.queries.execute(new ListQaReviewsQuery({ contractId, agentRef, status, from, to }, query));
  }

  @Get(':id')
  @ReadsProjections(QaReviewListProjection.projectionName)
  get(@Param('id') id: string) {
    return this.queries.execute(new GetQaReviewQuery(id));
  }

  @Get(':id/history')
  @CsvRows()
  history(@Param('id') id: string, @Query() requestedPage: PageQuery, @Req() request: Request) {
    const page = csvPage(request, requestedPage);
    return this.queries.execute(new GetQaHistoryQuery('QaReview', id, page));
  }
}
