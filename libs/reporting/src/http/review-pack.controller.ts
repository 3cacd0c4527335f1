import { Controller, Get, Param, Query, StreamableFile } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CONTRACT_SUMMARY_PROJECTION } from '@vendorwatch/contracts';
import { ESCALATION_TRIGGERS_PROCESS, ESCALATIONS_PROJECTION } from '@vendorwatch/escalations';
import { ReadsProjections } from '@vendorwatch/event-store';
import { ContractQaFactsProjection, QaReviewListProjection } from '@vendorwatch/qa';
import { SLA_SUMMARY_PROJECTION } from '@vendorwatch/slas';
import { CHECKLIST_PROJECTIONS } from '../projections/reporting-projections';
import { GetReviewPackQuery } from '../review-pack/get-review-pack.query';
import { renderReviewPack } from '../review-pack/pdf/review-pack.pdf';
import { ReviewPack } from '../review-pack/review-pack';
import { ReportPeriodDto } from './dto/report-period.dto';

/** SPEC §15: the printable contract review pack; whoever may read the contract may download it. */
@ApiTags('reports')
@Controller('contracts/:id/review-pack')
export class ReviewPackController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ReadsProjections(
    CONTRACT_SUMMARY_PROJECTION,
    ...CHECKLIST_PROJECTIONS,
    SLA_SUMMARY_PROJECTION,
    QaReviewListProjection.projectionName,
    ContractQaFactsProjection.projectionName,
    ESCALATION_TRIGGERS_PROCESS,
    ESCALATIONS_PROJECTION,
  )
  @ApiProduces('application/pdf')
  @ApiOkResponse({
    description: 'The review pack, an A4 PDF.',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  async download(@Param('id') id: string, @Query() period: ReportPeriodDto): Promise<StreamableFile> {
    const pack = await this.queries.execute<GetReviewPackQuery, ReviewPack>(
      new GetReviewPackQuery(id, period.from, period.to),
    );
    return new StreamableFile(await renderReviewPack(pack), {
      type: 'application/pdf',
      disposition: `attachment; filename="review-pack-${pack.from}-${pack.to}.pdf"`,
    });
  }
}
