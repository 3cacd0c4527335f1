import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CsvRows, ReadsProjections } from '@vendorwatch/event-store';
import { ALL_REPORTING_PROJECTIONS, CHECKLIST_PROJECTIONS } from '../projections/reporting-projections';
import { GetContractChecklistQuery } from '../queries/get-contract-checklist.query';
import { GetVendorChecklistQuery } from '../queries/get-vendor-checklist.query';
import { GetVendorPerformanceQuery } from '../queries/get-vendor-performance.query';
import { ReportPeriodDto } from './dto/report-period.dto';

/** SPEC §8's checklist and §10's vendor performance; vendor users see only their own (VendorScope). */
@ApiTags('reports')
@Controller()
export class ChecklistController {
  constructor(private readonly queries: QueryBus) {}

  @Get('contracts/:id/checklist')
  @ReadsProjections(...CHECKLIST_PROJECTIONS)
  @CsvRows('items')
  contract(@Param('id') id: string) {
    return this.queries.execute(new GetContractChecklistQuery(id));
  }

  @Get('vendors/:id/checklist')
  @ReadsProjections(...CHECKLIST_PROJECTIONS)
  @CsvRows('items')
  vendor(@Param('id') id: string) {
    return this.queries.execute(new GetVendorChecklistQuery(id));
  }

  @Get('vendors/:id/performance')
  @ReadsProjections(...ALL_REPORTING_PROJECTIONS)
  @CsvRows('byContract')
  performance(@Param('id') id: string, @Query() period: ReportPeriodDto) {
    return this.queries.execute(new GetVendorPerformanceQuery(id, period.from, period.to));
  }
}
