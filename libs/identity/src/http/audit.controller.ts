import { Controller, Get, Query, Req } from '@nestjs/common';
import { Request } from 'express';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { EventStore, Page, pageOf, toAuditEvent, CsvRows, csvPage } from '@vendorwatch/event-store';
import { Roles } from '../access/roles.decorator';
import { FindAuditEventsDto } from './dto/find-audit-events.dto';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly store: EventStore) {}

  @Get('events')
  @Roles('admin', 'auditor')
  @ApiOkResponse({ description: 'Raw events, oldest first, with actor, request and correlation ids.' })
  @CsvRows()
  async events(
    @Query() requested: FindAuditEventsDto,
    @Req() request: Request,
  ): Promise<Page<ReturnType<typeof toAuditEvent>>> {
    const query = csvPage(request, requested);
    const { items, total } = await this.store.find(
      {
        streamId: query.streamId,
        streamType: query.streamType,
        type: query.type,
        actorId: query.actorId,
        from: query.from ? new Date(query.from) : undefined,
        to: query.to ? new Date(query.to) : undefined,
      },
      query,
    );
    return pageOf(items.map(toAuditEvent), total, query);
  }
}
