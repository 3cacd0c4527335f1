import {
  BadRequestException,
  Controller,
  Get,
  HttpCode,
  Param,
  PayloadTooLargeException,
  Post,
  Query,
  Req,
} from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { isTimeZone } from '@vendorwatch/calendars';
import { CsvRows, csvPage, IgnoresIdempotencyKey, PageQuery } from '@vendorwatch/event-store';
import { Roles } from '@vendorwatch/identity';
import { Request } from 'express';
import { InteractionIngest } from '../ingest/interaction-ingest.service';
import { ContractGate } from '../ports/ingest-ports';
import { InteractionVersions } from '../queries/interaction-versions.query';
import { BodyTooLargeError, ClientGoneError, MalformedBodyError } from '../ingest/source-record';
import { IngestReportDto, InteractionsBodyDto } from './dto/ingest.dto';
import { InteractionHistoryDto } from './dto/interaction-versions.dto';
import { drain, requestRecords } from './request-body';
import { UploadSlots } from './upload-slots';

@ApiTags('interactions')
@Controller('contracts/:id/interactions')
export class InteractionsController {
  constructor(
    private readonly ingest: InteractionIngest,
    private readonly contracts: ContractGate,
    private readonly versions: InteractionVersions,
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
      'The touched periods of every computed SLA of the contract are re-measured; send the answered `position` as X-Min-Position to read them. ' +
      'CSV headers match the field names in any case, with or without `_`; `,`, `;` or tab separated (detected from the header row); booleans true/false/yes/no/1/0. ' +
      "Each stored record keeps its sender: a vendor user's row that would change a record last sent by client staff is rejected with its reason (client staff may replace a vendor's record).",
  })
  @ApiQuery({
    name: 'timezone',
    required: false,
    example: 'Asia/Manila',
    description:
      "IANA zone for times without an offset (default: the contract's coverage.demand.timezone, else UTC). A local time the zone skips rejects its row; one it repeats is the earlier instant.",
  })
  @ApiConsumes('application/json', 'text/csv')
  @ApiBody({ type: InteractionsBodyDto })
  @ApiOkResponse({ type: IngestReportDto })
  async ingestInteractions(
    @Param('id') contractId: string,
    @Req() request: Request,
    @Query('timezone') timezone?: unknown,
  ): Promise<IngestReportDto> {
    try {
      if (timezone !== undefined && (typeof timezone !== 'string' || !isTimeZone(timezone))) {
        throw new MalformedBodyError('timezone must be an IANA time zone such as Asia/Manila.');
      }
      return await this.slots.run(() =>
        this.ingest.ingest(contractId, requestRecords(request), undefined, { timezone }),
      );
    } catch (error) {
      drain(request);
      // Nobody receives this answer; it only keeps a client's leaving from being logged as a server error.
      if (error instanceof ClientGoneError) throw new BadRequestException(error.message);
      if (error instanceof MalformedBodyError) throw new BadRequestException(error.message);
      if (error instanceof BodyTooLargeError) throw new PayloadTooLargeException(error.message);
      throw error;
    }
  }

  @Get(':externalId')
  @ApiOperation({
    summary: 'One interaction with every stored version and who sent it',
    description:
      'The current record and its versions, newest first (the current one included), each with `submittedBy` and `submittedAt`. ' +
      'Vendor users see only their own contracts.',
  })
  @ApiOkResponse({ type: InteractionHistoryDto })
  @ApiNotFoundResponse({ description: 'Unknown contract (or another vendor’s) or unknown externalId.' })
  @CsvRows('versions')
  async interaction(
    @Param('id') contractId: string,
    @Param('externalId') externalId: string,
    @Query() page: PageQuery,
    @Req() request: Request,
  ): Promise<InteractionHistoryDto> {
    await this.contracts.assertVisible(contractId);
    return this.versions.of(contractId, externalId, csvPage(request, page));
  }
}
