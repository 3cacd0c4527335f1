import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { ReadsProjections } from '@vendorwatch/event-store';
import { Roles } from '@vendorwatch/identity';
import { ALL_REPORTING_PROJECTIONS } from '../projections/reporting-projections';
import { GetSupportDebtQuery } from '../queries/get-support-debt.query';
import { GetVendorRankingQuery } from '../queries/get-vendor-ranking.query';
import { SupportDebtQueryDto } from './dto/support-debt-query.dto';
import { VendorRankingQueryDto } from './dto/vendor-ranking-query.dto';

@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(private readonly queries: QueryBus) {}

  @Get('vendor-ranking')
  @Roles('procurement', 'ops_manager')
  @ReadsProjections(...ALL_REPORTING_PROJECTIONS)
  ranking(@Query() query: VendorRankingQueryDto) {
    return this.queries.execute(new GetVendorRankingQuery(query, query.from, query.to));
  }

  @Get('support-debt')
  @ReadsProjections(...ALL_REPORTING_PROJECTIONS)
  supportDebt(@Query() query: SupportDebtQueryDto) {
    return this.queries.execute(new GetSupportDebtQuery(query.contractId));
  }
}
