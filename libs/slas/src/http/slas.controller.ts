import { Body, Controller, Get, Param, Patch, Post, Query, Req } from '@nestjs/common';
import { Request } from 'express';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CsvRows, csvPage, IfMatch, PageQuery, pageOf, ReadsProjections, WriteResult } from '@vendorwatch/event-store';
import { Roles, VendorScope } from '@vendorwatch/identity';
import { RecordSlaMeasurementCommand } from '../commands/record-sla-measurement.command';
import { RetireSlaCommand } from '../commands/retire-sla.command';
import { ReviseSlaCommand } from '../commands/revise-sla.command';
import { SlaClock } from '../domain/sla-clock';
import { Objective } from '../domain/sla-metrics';
import { SLA_SUMMARY_PROJECTION } from '../projections/sla-summary';
import { GetSlaHistoryQuery } from '../queries/get-sla-history.query';
import { GetSlaQuery } from '../queries/get-sla.query';
import { ListSlaPeriodsQuery } from '../queries/list-sla-periods.query';
import { ListPeriodsDto } from './dto/list-periods.dto';
import { RecordMeasurementDto } from './dto/record-measurement.dto';
import { RetireSlaDto } from './dto/retire-sla.dto';
import { ReviseSlaDto } from './dto/revise-sla.dto';

@ApiTags('slas')
@Controller('slas')
export class SlasController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get(':id')
  @ReadsProjections(SLA_SUMMARY_PROJECTION)
  get(@Param('id') id: string) {
    return this.queries.execute(new GetSlaQuery(id));
  }

  @Get(':id/periods')
  @ReadsProjections(SLA_SUMMARY_PROJECTION)
  @CsvRows('items')
  periods(@Param('id') id: string, @Query() query: ListPeriodsDto, @Req() request: Request) {
    const { from, to } = query;
    return this.queries.execute(new ListSlaPeriodsQuery(id, csvPage(request, query), { from, to }));
  }

  @Get(':id/history')
  @CsvRows()
  async history(@Param('id') id: string, @Query() requestedPage: PageQuery, @Req() request: Request) {
    const page = csvPage(request, requestedPage);
    const { items, total } = await this.queries.execute(new GetSlaHistoryQuery(id, page));
    return pageOf(items, total, page);
  }

  @Patch(':id')
  @Roles('procurement', 'ops_manager')
  revise(@Param('id') id: string, @Body() dto: ReviseSlaDto, @IfMatch() ifMatch?: number): Promise<WriteResult> {
    const changes = {
      ...dto,
      objective: dto.objective as Objective | undefined,
      clock: dto.clock as SlaClock | undefined,
    };
    return this.commands.execute(new ReviseSlaCommand(id, changes, ifMatch));
  }

  @Post(':id/retire')
  @Roles('procurement', 'ops_manager')
  retire(@Param('id') id: string, @Body() dto: RetireSlaDto, @IfMatch() ifMatch?: number): Promise<WriteResult> {
    return this.commands.execute(new RetireSlaCommand(id, dto.reason, ifMatch));
  }

  @Post(':id/measurements')
  @Roles('ops_manager', 'vendor')
  measure(
    @Param('id') id: string,
    @Body() dto: RecordMeasurementDto,
    @IfMatch() ifMatch?: number,
  ): Promise<WriteResult> {
    // A vendor's figure is a claim: it is always kept as a vendor report, beside ops' and computed figures.
    const source = VendorScope.vendorId() === undefined ? (dto.source ?? 'manual') : 'vendor_report';
    const { periodStart, value, sampleSize } = dto;
    return this.commands.execute(
      new RecordSlaMeasurementCommand(id, [{ periodStart, value, sampleSize, source }], ifMatch),
    );
  }
}
