import { Body, Controller, Get, Param, Post, Query, Req } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { Request } from 'express';
import { ApiTags } from '@nestjs/swagger';
import { CsvRows, csvPage, IfMatch, ReadsProjections, WriteResult } from '@vendorwatch/event-store';
import { Roles } from '@vendorwatch/identity';
import { DisputeSlaPeriodCommand, ResolveSlaPeriodDisputeCommand } from '../commands/sla-period-dispute.commands';
import { SLA_SUMMARY_PROJECTION } from '../projections/sla-summary';
import { GetPeriodEvidenceQuery, PeriodEvidence } from '../queries/get-period-evidence.query';
import { EvidenceQueryDto } from './dto/evidence-query.dto';
import { SlaPeriodParams } from './dto/sla-period-params.dto';
import { DisputeSlaPeriodDto, ResolveSlaPeriodDisputeDto } from './dto/sla-period-dispute.dto';

/** SPEC §13: the records behind a period's figure; a vendor disputes it; operations or procurement resolve it. */
@ApiTags('slas')
@Controller('slas/:id/periods/:periodStart')
export class SlaPeriodsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get('evidence')
  @ReadsProjections(SLA_SUMMARY_PROJECTION)
  @CsvRows('items')
  evidence(
    @Param() { id, periodStart }: SlaPeriodParams,
    @Query() query: EvidenceQueryDto,
    @Req() request: Request,
  ): Promise<PeriodEvidence> {
    return this.queries.execute(new GetPeriodEvidenceQuery(id, periodStart, csvPage(request, query)));
  }

  @Post('disputes')
  @Roles('vendor')
  dispute(
    @Param() { id, periodStart }: SlaPeriodParams,
    @Body() dto: DisputeSlaPeriodDto,
    @IfMatch() ifMatch?: number,
  ): Promise<WriteResult> {
    return this.commands.execute(new DisputeSlaPeriodCommand(id, periodStart, dto, ifMatch));
  }

  @Post('dispute-resolution')
  @Roles('ops_manager', 'procurement')
  resolve(
    @Param() { id, periodStart }: SlaPeriodParams,
    @Body() dto: ResolveSlaPeriodDisputeDto,
    @IfMatch() ifMatch?: number,
  ): Promise<WriteResult> {
    return this.commands.execute(new ResolveSlaPeriodDisputeCommand(id, periodStart, dto, ifMatch));
  }
}
