import { BadRequestException, Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Req } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import {
  IfMatch,
  IgnoresIdempotencyKey,
  Page,
  pageOf,
  PageQuery,
  ReadsProjections,
  toAuditEvent,
  WriteResult,
  CsvRows,
  csvPage,
} from '@vendorwatch/event-store';
import { Roles } from '@vendorwatch/identity';
import { Request } from 'express';
import { DefineCalendarCommand } from '../commands/define-calendar.command';
import { HolidayImportResult } from '../commands/import-holidays.handler';
import { ImportHolidaysCommand } from '../commands/import-holidays.command';
import { ReviseCalendarCommand } from '../commands/revise-calendar.command';
import { CalendarErrorCode } from '../domain/calendar-errors';
import { Holiday } from '../domain/calendar-state';
import { MalformedCalendarFileError } from '../holiday-import/ical-holidays';
import { CALENDAR_SUMMARY_PROJECTION, CalendarSummary } from '../projections/calendar-summary';
import { CountBusinessMinutesQuery } from '../queries/count-business-minutes.query';
import { GetCalendarHistoryQuery } from '../queries/get-calendar-history.query';
import { GetCalendarQuery } from '../queries/get-calendar.query';
import { ListCalendarsQuery } from '../queries/list-calendars.query';
import { HolidayDto } from './dto/calendar-hours.dto';
import { BusinessMinutesDto, ImportHolidaysDto, ListCalendarsDto } from './dto/calendar-queries.dto';
import { BusinessMinutesAnswerDto, CalendarDto, HolidayImportDto } from './dto/calendar-responses.dto';
import { DefineCalendarDto } from './dto/define-calendar.dto';
import { ReviseCalendarDto } from './dto/revise-calendar.dto';
import { readICalendarBody } from './text-body';

const STAFF = ['procurement', 'ops_manager', 'qa_reviewer'] as const;
const MAX_SPAN_MS = 731 * 86_400_000;
const RULES = `Codes: ${Object.values(CalendarErrorCode).join(', ')}.`;

const holidaysOf = (holidays: HolidayDto[] | undefined): Holiday[] | undefined =>
  holidays?.map(({ date, name }) => ({ date, name: name ?? null }));

@ApiTags('calendars')
@Controller('calendars')
export class CalendarsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @Roles('ops_manager', 'procurement')
  @ApiOperation({ summary: 'Define business hours (SPEC §12)' })
  @ApiCreatedResponse({ description: 'CalendarDefined: { id, version, position }.' })
  @ApiUnprocessableEntityResponse({ description: `Windows of one day overlap, a holiday is repeated… ${RULES}` })
  define(@Body() body: DefineCalendarDto): Promise<WriteResult> {
    const { name, timezone, weeklyHours } = body;
    const holidays = holidaysOf(body.holidays) ?? [];
    return this.commands.execute(new DefineCalendarCommand({ name, timezone, weeklyHours, holidays }));
  }

  @Patch(':id')
  @Roles('ops_manager', 'procurement')
  @ApiOperation({
    summary: 'Revise the name, and the hours or holidays of the dates from effectiveFrom on',
    description: 'Earlier dates keep the hours and holidays they had.',
  })
  @ApiOkResponse({ description: 'CalendarRevised: { id, version, position }.' })
  @ApiUnprocessableEntityResponse({ description: RULES })
  revise(@Param('id') id: string, @Body() body: ReviseCalendarDto, @IfMatch() ifMatch?: number): Promise<WriteResult> {
    const { name, weeklyHours, effectiveFrom } = body;
    const changes = { name, weeklyHours, holidays: holidaysOf(body.holidays) };
    return this.commands.execute(new ReviseCalendarCommand(id, changes, effectiveFrom, ifMatch));
  }

  @Post(':id/holidays')
  @HttpCode(200)
  @IgnoresIdempotencyKey()
  @Roles('ops_manager', 'procurement')
  @ApiOperation({
    summary: 'Import holidays from an iCalendar file',
    description:
      'Every all-day VEVENT is a holiday on each date it covers (yearly recurring ones for ten years from their start); ' +
      'timed events are skipped with the reason. One CalendarRevised, effective from effectiveFrom or the earliest imported date. ' +
      'Re-sending a file adds nothing and appends nothing.',
  })
  @ApiConsumes('text/calendar')
  @ApiBody({ schema: { type: 'string', example: 'BEGIN:VCALENDAR\r\n…\r\nEND:VCALENDAR' } })
  @ApiOkResponse({ type: HolidayImportDto })
  async importHolidays(
    @Param('id') id: string,
    @Query() query: ImportHolidaysDto,
    @Req() request: Request,
    @IfMatch() ifMatch?: number,
  ): Promise<HolidayImportResult> {
    const file = await readICalendarBody(request);
    try {
      return await this.commands.execute(new ImportHolidaysCommand(id, file, query.effectiveFrom, ifMatch));
    } catch (error) {
      if (error instanceof MalformedCalendarFileError) throw new BadRequestException(error.message);
      throw error;
    }
  }

  @Get()
  @Roles(...STAFF)
  @ReadsProjections(CALENDAR_SUMMARY_PROJECTION)
  @ApiOkResponse({ type: [CalendarDto], description: 'A page { items, total, limit, offset }, by name.' })
  @CsvRows()
  async list(@Query() requested: ListCalendarsDto, @Req() request: Request): Promise<Page<CalendarSummary>> {
    const query = csvPage(request, requested);
    const { items, total } = await this.queries.execute(new ListCalendarsQuery(query.q, query));
    return pageOf(items, total, query);
  }

  @Get(':id')
  @Roles(...STAFF)
  @ReadsProjections(CALENDAR_SUMMARY_PROJECTION)
  @ApiOkResponse({ type: CalendarDto })
  get(@Param('id') id: string): Promise<CalendarSummary> {
    return this.queries.execute(new GetCalendarQuery(id));
  }

  @Get(':id/history')
  @Roles(...STAFF)
  @CsvRows()
  async history(
    @Param('id') id: string,
    @Query() requestedPage: PageQuery,
    @Req() request: Request,
  ): Promise<Page<ReturnType<typeof toAuditEvent>>> {
    const page = csvPage(request, requestedPage);
    const { items, total } = await this.queries.execute(new GetCalendarHistoryQuery(id, page));
    return pageOf(items, total, page);
  }

  @Get(':id/business-minutes')
  @Roles(...STAFF)
  @ReadsProjections(CALENDAR_SUMMARY_PROJECTION)
  @ApiOperation({
    summary: 'Business minutes between two instants',
    description: 'Each date is counted with the hours and holidays in force on it; for checking a figure by hand.',
  })
  @ApiOkResponse({ type: BusinessMinutesAnswerDto })
  businessMinutes(@Param('id') id: string, @Query() query: BusinessMinutesDto): Promise<{ minutes: number }> {
    const from = new Date(query.from);
    const to = new Date(query.to);
    if (to < from) throw new BadRequestException('to must not be before from.');
    if (to.getTime() - from.getTime() > MAX_SPAN_MS) {
      throw new BadRequestException('from and to may be at most two years apart.');
    }
    return this.queries.execute(new CountBusinessMinutesQuery(id, from, to));
  }
}
