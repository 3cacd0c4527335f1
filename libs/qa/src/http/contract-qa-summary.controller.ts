import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { CsvRows, ReadsProjections } from '@vendorwatch/event-store';
import { ContractQaFactsProjection } from '../projections/contract-qa-facts.projection';
import { QaReviewListProjection } from '../projections/qa-review-list.projection';
import { ContractQaSummary } from '../queries/get-qa-summary.handler';
import { GetQaSummaryQuery } from '../queries/get-qa-summary.query';
import { QaPeriodQueryDto } from './dto/qa-period-query.dto';

@ApiTags('qa')
@Controller('contracts')
export class ContractQaSummaryController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id/qa-summary')
  @ReadsProjections(QaReviewListProjection.projectionName, ContractQaFactsProjection.projectionName)
  @CsvRows('byAgent')
  summary(@Param('id') id: string, @Query() period: QaPeriodQueryDto): Promise<ContractQaSummary> {
    return this.queries.execute(new GetQaSummaryQuery(id, period.from, period.to));
  }
}
