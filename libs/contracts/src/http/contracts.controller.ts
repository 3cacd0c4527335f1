import { Body, Controller, Get, Param, Patch, Post, Query, Req } from '@nestjs/common';
import { Request } from 'express';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { IfMatch, PageQuery, pageOf, ReadsProjections, WriteResult, CsvRows, csvPage } from '@vendorwatch/event-store';
import { Roles } from '@vendorwatch/identity';
import { AmendContractCommand } from '../commands/amend-contract.command';
import { CompleteOnboardingMilestoneCommand } from '../commands/complete-onboarding-milestone.command';
import { DraftContractCommand } from '../commands/draft-contract.command';
import { HoldGovernanceReviewCommand } from '../commands/hold-governance-review.command';
import { SignContractCommand } from '../commands/sign-contract.command';
import { TakeContractLiveCommand } from '../commands/take-contract-live.command';
import { TerminateContractCommand } from '../commands/terminate-contract.command';
import { CONTRACT_SUMMARY_PROJECTION } from '../projections/contract-summary';
import { GetContractHistoryQuery } from '../queries/get-contract-history.query';
import { GetContractQuery } from '../queries/get-contract.query';
import { ListContractsQuery } from '../queries/list-contracts.query';
import { AmendContractDto } from './dto/amend-contract.dto';
import {
  CompleteMilestoneDto,
  GoLiveDto,
  GovernanceReviewDto,
  SignContractDto,
  TerminateContractDto,
} from './dto/contract-actions.dto';
import { DraftContractDto } from './dto/draft-contract.dto';
import { ListContractsDto } from './dto/list-contracts.dto';

/** Class instances and absent fields out, plain JSON data in: what events store. */
const plain = <T>(dto: T): T => JSON.parse(JSON.stringify(dto)) as T;

@ApiTags('contracts')
@Controller('contracts')
export class ContractsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @Roles('procurement')
  draft(@Body() dto: DraftContractDto): Promise<WriteResult> {
    const { vendorId, ...terms } = plain(dto);
    return this.commands.execute(new DraftContractCommand(vendorId, terms));
  }

  @Get()
  @ReadsProjections(CONTRACT_SUMMARY_PROJECTION)
  @CsvRows()
  async list(@Query() requested: ListContractsDto, @Req() request: Request) {
    const query = csvPage(request, requested);
    const { items, total } = await this.queries.execute(
      new ListContractsQuery({ vendorId: query.vendorId, status: query.status }, query),
    );
    return pageOf(items, total, query);
  }

  @Get(':id')
  @ReadsProjections(CONTRACT_SUMMARY_PROJECTION)
  get(@Param('id') id: string) {
    return this.queries.execute(new GetContractQuery(id));
  }

  @Get(':id/history')
  @CsvRows()
  async history(@Param('id') id: string, @Query() requestedPage: PageQuery, @Req() request: Request) {
    const page = csvPage(request, requestedPage);
    const { items, total } = await this.queries.execute(new GetContractHistoryQuery(id, page));
    return pageOf(items, total, page);
  }

  @Patch(':id')
  @Roles('procurement', 'ops_manager')
  amend(@Param('id') id: string, @Body() dto: AmendContractDto, @IfMatch() ifMatch?: number): Promise<WriteResult> {
    return this.commands.execute(new AmendContractCommand(id, plain(dto), ifMatch));
  }

  @Post(':id/sign')
  @Roles('procurement')
  sign(@Param('id') id: string, @Body() dto: SignContractDto, @IfMatch() ifMatch?: number): Promise<WriteResult> {
    return this.commands.execute(new SignContractCommand(id, dto.signedAt, ifMatch));
  }

  @Post(':id/onboarding-milestones')
  @Roles('ops_manager')
  completeMilestone(
    @Param('id') id: string,
    @Body() dto: CompleteMilestoneDto,
    @IfMatch() ifMatch?: number,
  ): Promise<WriteResult> {
    return this.commands.execute(new CompleteOnboardingMilestoneCommand(id, dto.milestone, dto.completedAt, ifMatch));
  }

  @Post(':id/go-live')
  @Roles('ops_manager')
  goLive(@Param('id') id: string, @Body() dto: GoLiveDto, @IfMatch() ifMatch?: number): Promise<WriteResult> {
    return this.commands.execute(new TakeContractLiveCommand(id, dto.liveAt, ifMatch));
  }

  @Post(':id/governance-reviews')
  @Roles('ops_manager')
  holdGovernanceReview(
    @Param('id') id: string,
    @Body() dto: GovernanceReviewDto,
    @IfMatch() ifMatch?: number,
  ): Promise<WriteResult> {
    return this.commands.execute(new HoldGovernanceReviewCommand(id, plain(dto), ifMatch));
  }

  @Post(':id/terminate')
  @Roles('procurement')
  terminate(
    @Param('id') id: string,
    @Body() dto: TerminateContractDto,
    @IfMatch() ifMatch?: number,
  ): Promise<WriteResult> {
    return this.commands.execute(new TerminateContractCommand(id, dto.reason, dto.effectiveDate, ifMatch));
  }
}
