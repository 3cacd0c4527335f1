import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { Request } from 'express';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { IfMatch, PageQuery, ReadsProjections, WriteResult, CsvRows, csvPage } from '@vendorwatch/event-store';
import { Roles } from '@vendorwatch/identity';
import { PublishScorecardCommand } from '../commands/publish-scorecard.command';
import { ReviseScorecardCommand } from '../commands/revise-scorecard.command';
import { ScorecardCriterion } from '../domain/scorecard-criterion';
import { ScorecardCatalogProjection } from '../projections/scorecard-catalog.projection';
import { GetQaHistoryQuery } from '../queries/get-qa-history.query';
import { GetScorecardQuery } from '../queries/get-scorecard.query';
import { ListScorecardsQuery } from '../queries/list-scorecards.query';
import { PublishScorecardDto } from './dto/publish-scorecard.dto';

const criteriaOf = (body: PublishScorecardDto): ScorecardCriterion[] =>
  body.criteria.map((c) => ({
    key: c.key,
    label: c.label,
    weight: c.weight,
    maxScore: c.maxScore,
    critical: c.critical ?? false,
  }));

@ApiTags('qa')
@Controller('scorecards')
export class ScorecardsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles('qa_reviewer')
  publish(@Body() body: PublishScorecardDto): Promise<WriteResult> {
    return this.commands.execute(new PublishScorecardCommand(body.name, criteriaOf(body)));
  }

  @Post(':id/revisions')
  @HttpCode(201)
  @Roles('qa_reviewer')
  revise(
    @Param('id') id: string,
    @IfMatch() ifMatch: number | undefined,
    @Body() body: PublishScorecardDto,
  ): Promise<WriteResult> {
    return this.commands.execute(new ReviseScorecardCommand(id, ifMatch, body.name, criteriaOf(body)));
  }

  @Get()
  @ReadsProjections(ScorecardCatalogProjection.projectionName)
  @CsvRows()
  list(@Query() requested: PageQuery, @Req() request: Request) {
    const query = csvPage(request, requested);
    return this.queries.execute(new ListScorecardsQuery(query));
  }

  @Get(':id')
  @ReadsProjections(ScorecardCatalogProjection.projectionName)
  get(@Param('id') id: string) {
    return this.queries.execute(new GetScorecardQuery(id));
  }

  @Get(':id/history')
  @CsvRows()
  history(@Param('id') id: string, @Query() requestedPage: PageQuery, @Req() request: Request) {
    const page = csvPage(request, requestedPage);
    return this.queries.execute(new GetQaHistoryQuery('Scorecard', id, page));
  }
}
