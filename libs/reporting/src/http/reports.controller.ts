import { Controller, Get, Query, Req } from '@nestjs/common';
import { Request } from 'express';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CsvRows, csvPage, ReadsProjections } from '@vendorwatch/event-store';
import { Roles } from '@vendorwatch/identity';
import { ALL_REPORTING_PROJECTIONS } from '../projections/reporting-projections';
import { GetSupportDebtQuery } from '../queries/get-support-debt.query';
import { GetVendorRankingQuery } from '../queries/get-vendor-ranking.query';
import { SupportDebtQueryDto } from './dto/support-debt-query.dto';
import { VendorRankingQueryDto } from './dto/vendor-ranking-query.dto';

/** The four warning signs of a support-debt answer, one CSV row each (SPEC §1). */
const SUPPORT_DEBT_SIGNS = ['slasConstantlyMissed', 'escalationsIncreasing', 'firefighting', 'customersRepeating'];

@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(private readonly queries: QueryBus) {}

  @Get('vendor-ranking')
  @Roles('procurement', 'ops_manager')
  @ReadsProjections(...ALL_REPORTING_PROJECTIONS)
  @CsvRows('items')
  ranking(@Query() query: VendorRankingQueryDto, @Req() request: Request) {
    return this.queries.execute(new GetVendorRankingQuery(csvPage(request, query), query.from, query.to));
  }

  @Get('support-debt')
  @ReadsProjections(...ALL_REPORTING_PROJECTIONS)
  @CsvRows((answer) => SUPPORT_DEBT_SIGNS.map((sign) => ({ sign, ...(answer[sign] as object) })))
  supportDebt(@Query() query: SupportDebtQueryDto) {
    return this.queries.execute(new GetSupportDebtQuery(query.contractId));
  }
}
