import { BadRequestException, Controller, HttpCode, Param, PayloadTooLargeException, Post, Req } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { IgnoresIdempotencyKey } from '@vendorwatch/event-store';
import { Roles } from '@vendorwatch/identity';
import { Request } from 'express';
import { InteractionIngest } from '../ingest/interaction-ingest.service';
import { BodyTooLargeError, ClientGoneError, MalformedBodyError } from '../ingest/source-record';
import { IngestReportDto, InteractionsBodyDto } from './dto/ingest.dto';
import { drain, requestRecords } from './request-body';
import { UploadSlots } from './upload-slots';

@ApiTags('interactions')
@Controller('contracts/:id/interactions')
export class InteractionsController {
  constructor(
    private readonly ingest: InteractionIngest,
    private readonly slots: UploadSlots,
  ) {}

  @Post()
  @IgnoresIdempotencyKey()
  @HttpCode(200)
  @Roles('ops_manager', 'vendor')
  @ApiOperation({
    summary: 'Ingest interactions (JSON or CSV, streamed, ≤ 50 MB)',
    description:
      'Idempotent by (contract, externalId). Bad rows are reported by row number (the first record is row 1; a CSV header is not a row) and the good ones kept. ' +
      'The touched periods of every computed SLA of the contract are re-measured; send the answered `position` as X-Min-Position to read them.',
  })
  @ApiConsumes('application/json', 'text/csv')
  @ApiBody({ type: InteractionsBodyDto })
  @ApiOkResponse({ type: IngestReportDto })
  async ingestInteractions(@Param('id') contractId: string, @Req() request: Request): Promise<IngestReportDto> {
    try {
      return await this.slots.run(() => this.ingest.ingest(contractId, requestRecords(request)));
    } catch (error) {
      drain(request);
      // Nobody receives this answer; it only keeps a client's leaving from being logged as a server error.
      if (error instanceof ClientGoneError) throw new BadRequestException(error.message);
      if (error instanceof MalformedBodyError) throw new BadRequestException(error.message);
      if (error instanceof BodyTooLargeError) throw new PayloadTooLargeException(error.message);
      throw error;
    }
  }
}
