import { Body, Controller, Get, Param, Patch, Post, Query, Req } from '@nestjs/common';
import { Request } from 'express';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { IfMatch, PageQuery, pageOf, ReadsProjections, WriteResult, CsvRows, csvPage } from '@vendorwatch/event-store';
import { Roles } from '@vendorwatch/identity';
import { DefineEscalationRuleCommand } from '../commands/define-escalation-rule.command';
import { ReviseEscalationRuleCommand } from '../commands/revise-escalation-rule.command';
import { SwitchEscalationRuleCommand } from '../commands/switch-escalation-rule.command';
import { ESCALATION_RULES_PROJECTION } from '../projections/escalation-rules.projection';
import { GetEscalationRuleQuery } from '../queries/get-escalation-rule.query';
import { GetStreamHistoryQuery } from '../queries/get-stream-history.query';
import { ListEscalationRulesQuery } from '../queries/list-escalation-rules.query';
import { DefineEscalationRuleDto } from './dto/define-escalation-rule.dto';
import { DisableEscalationRuleDto } from './dto/escalation-actions.dto';
import { ListEscalationRulesDto } from './dto/list-escalations.dto';
import { ReviseEscalationRuleDto } from './dto/revise-escalation-rule.dto';
import { plain } from './plain';

@ApiTags('escalations')
@Controller('escalation-rules')
export class EscalationRulesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @Roles('ops_manager')
  define(@Body() dto: DefineEscalationRuleDto): Promise<WriteResult> {
    return this.commands.execute(new DefineEscalationRuleCommand(plain(dto)));
  }

  @Get()
  @ReadsProjections(ESCALATION_RULES_PROJECTION)
  @CsvRows()
  async list(@Query() requested: ListEscalationRulesDto, @Req() request: Request) {
    const query = csvPage(request, requested);
    const { items, total } = await this.queries.execute(
      new ListEscalationRulesQuery({ contractId: query.contractId, status: query.status }, query),
    );
    return pageOf(items, total, query);
  }

  @Get(':id')
  @ReadsProjections(ESCALATION_RULES_PROJECTION)
  get(@Param('id') id: string) {
    return this.queries.execute(new GetEscalationRuleQuery(id));
  }

  @Get(':id/history')
  @CsvRows()
  async history(@Param('id') id: string, @Query() requestedPage: PageQuery, @Req() request: Request) {
    const page = csvPage(request, requestedPage);
    const { items, total } = await this.queries.execute(
      new GetStreamHistoryQuery('EscalationRule', 'Escalation rule', id, page),
    );
    return pageOf(items, total, page);
  }

  @Patch(':id')
  @Roles('ops_manager')
  revise(
    @Param('id') id: string,
    @Body() dto: ReviseEscalationRuleDto,
    @IfMatch() ifMatch?: number,
  ): Promise<WriteResult> {
    return this.commands.execute(new ReviseEscalationRuleCommand(id, plain(dto), ifMatch));
  }

  @Post(':id/disable')
  @Roles('ops_manager')
  disable(
    @Param('id') id: string,
    @Body() dto: DisableEscalationRuleDto,
    @IfMatch() ifMatch?: number,
  ): Promise<WriteResult> {
    return this.commands.execute(new SwitchEscalationRuleCommand(id, 'disabled', dto.reason, ifMatch));
  }

  @Post(':id/enable')
  @Roles('ops_manager')
  enable(@Param('id') id: string, @IfMatch() ifMatch?: number): Promise<WriteResult> {
    return this.commands.execute(new SwitchEscalationRuleCommand(id, 'enabled', undefined, ifMatch));
  }
}
