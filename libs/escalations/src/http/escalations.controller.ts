import { Body, Controller, Get, Headers, Param, Post, Query, Req } from '@nestjs/common';
import { Request } from 'express';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { IfMatch, PageQuery, pageOf, ReadsProjections, WriteResult, CsvRows, csvPage } from '@vendorwatch/event-store';
import { Roles } from '@vendorwatch/identity';
import { AcknowledgeEscalationCommand } from '../commands/acknowledge-escalation.command';
import { ResolveEscalationCommand } from '../commands/resolve-escalation.command';
import { ESCALATIONS_PROJECTION } from '../projections/escalations.projection';
import { GetEscalationQuery } from '../queries/get-escalation.query';
import { GetStreamHistoryQuery } from '../queries/get-stream-history.query';
import { ListEscalationsQuery } from '../queries/list-escalations.query';
import { ESCALATION_TRIGGERS_PROCESS } from '../triggers/escalation-triggers.process';
import { AcknowledgeEscalationDto, ResolveEscalationDto } from './dto/escalation-actions.dto';
import { ListEscalationsDto } from './dto/list-escalations.dto';

/** Escalation reads wait for the trigger process too: a write's position may open an escalation through it. */
@ApiTags('escalations')
@Controller('escalations')
export class EscalationsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @ReadsProjections(ESCALATION_TRIGGERS_PROCESS, ESCALATIONS_PROJECTION)
  @CsvRows()
  async list(
    @Query() requested: ListEscalationsDto,
    @Req() request: Request,
    @Headers('x-min-position') minPosition?: string,
  ) {
    const query = csvPage(request, requested);
    const { contractId, vendorId, status, severity } = query;
    const { items, total } = await this.queries.execute(
      new ListEscalationsQuery({ contractId, vendorId, status, severity }, query, minPosition),
    );
    return pageOf(items, total, query);
  }

  @Get(':id')
  @ReadsProjections(ESCALATION_TRIGGERS_PROCESS, ESCALATIONS_PROJECTION)
  get(@Param('id') id: string, @Headers('x-min-position') minPosition?: string) {
    return this.queries.execute(new GetEscalationQuery(id, minPosition));
  }

  @Get(':id/history')
  @CsvRows()
  async history(@Param('id') id: string, @Query() requestedPage: PageQuery, @Req() request: Request) {
    const page = csvPage(request, requestedPage);
    const { items, total } = await this.queries.execute(
      new GetStreamHistoryQuery('Escalation', 'Escalation', id, page),
    );
    return pageOf(items, total, page);
  }

  @Post(':id/acknowledge')
  @Roles('ops_manager', 'vendor')
  acknowledge(
    @Param('id') id: string,
    @Body() dto: AcknowledgeEscalationDto,
    @IfMatch() ifMatch?: number,
  ): Promise<WriteResult> {
    return this.commands.execute(new AcknowledgeEscalationCommand(id, dto.note, ifMatch));
  }

  @Post(':id/resolve')
  @Roles('ops_manager')
  resolve(
    @Param('id') id: string,
    @Body() dto: ResolveEscalationDto,
    @IfMatch() ifMatch?: number,
  ): Promise<WriteResult> {
    return this.commands.execute(new ResolveEscalationCommand(id, dto.resolution, ifMatch));
  }
}
