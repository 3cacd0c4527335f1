import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CsvRows, ReadsProjections, WriteResult } from '@vendorwatch/event-store';
import { Roles } from '@vendorwatch/identity';
import { DefineSlaCommand } from '../commands/define-sla.command';
import { SlaClock } from '../domain/sla-clock';
import { Objective } from '../domain/sla-metrics';
import { SLA_SUMMARY_PROJECTION } from '../projections/sla-summary';
import { GetContractComplianceQuery } from '../queries/get-contract-compliance.query';
import { ComplianceQueryDto } from './dto/compliance-query.dto';
import { DefineSlaDto } from './dto/define-sla.dto';

@ApiTags('slas')
@Controller('contracts/:id')
export class ContractSlasController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post('slas')
  @Roles('procurement', 'ops_manager')
  define(@Param('id') contractId: string, @Body() dto: DefineSlaDto): Promise<WriteResult> {
    const definition = { ...dto, objective: dto.objective as Objective, clock: dto.clock as SlaClock | undefined };
    return this.commands.execute(new DefineSlaCommand(contractId, definition));
  }

  @Get('compliance')
  @ReadsProjections(SLA_SUMMARY_PROJECTION)
  @CsvRows('slas')
  compliance(@Param('id') contractId: string, @Query() range: ComplianceQueryDto) {
    const asOf = range.asOf === undefined ? undefined : new Date(range.asOf);
    return this.queries.execute(new GetContractComplianceQuery(contractId, { from: range.from, to: range.to }, asOf));
  }
}
