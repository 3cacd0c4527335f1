import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { Request } from 'express';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CsvRows, csvPage, IfMatch, Page, pageOf, PageQuery, WriteResult } from '@vendorwatch/event-store';
import { Roles, VendorScope } from '@vendorwatch/identity';
import { ChangeWebhookCommand, WebhookChange } from '../commands/change-webhook.command';
import { RegisteredWebhook } from '../commands/register-webhook.handler';
import { RegisterWebhookCommand } from '../commands/register-webhook.command';
import { WebhookErrorCode } from '../domain/webhook-errors';
import { GetWebhookQuery, ListWebhookDeliveriesQuery, ListWebhooksQuery } from '../queries/webhook.queries';
import { DeliveryAttemptView, WebhookView } from '../queries/webhook-views';
import { RegisterWebhookDto } from './dto/register-webhook.dto';
import { ReplayWebhookDto } from './dto/replay-webhook.dto';
import { DeliveryAttemptDto, RegisteredWebhookDto, WebhookDto } from './dto/webhook-responses.dto';

const WRITERS = ['ops_manager', 'vendor'] as const;
const WRITE = 'The write response { id, version, position }.';
const NOT_FOUND = 'Unknown or deleted webhook, or one of another vendor.';

/** SPEC §14 webhooks; a vendor user sees and changes only its own vendor's. */
@ApiTags('webhooks')
@Controller('webhooks')
export class WebhooksController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @Roles(...WRITERS)
  @ApiOperation({
    summary: 'Register a webhook',
    description:
      'It receives the events recorded after its creation, signed per Standard Webhooks. A vendor user names its own contracts.',
  })
  @ApiCreatedResponse({ type: RegisteredWebhookDto, description: 'WebhookRegistered, with the secret (shown once).' })
  @ApiNotFoundResponse({ description: 'A contract of contractIds is unknown or of another vendor.' })
  @ApiUnprocessableEntityResponse({ description: `Codes: ${Object.values(WebhookErrorCode).join(', ')}.` })
  register(@Body() body: RegisterWebhookDto): Promise<RegisteredWebhook> {
    const { url, description, eventTypes, contractIds } = body;
    return this.commands.execute(
      new RegisterWebhookCommand({
        url,
        description: description ?? null,
        eventTypes,
        contractIds: contractIds ?? null,
      }),
    );
  }

  @Get()
  @Roles(...WRITERS)
  @ApiOperation({ summary: 'List webhooks', description: 'Oldest first; a vendor user sees only its own.' })
  @ApiOkResponse({ type: [WebhookDto], description: 'A page { items, total, limit, offset }.' })
  @CsvRows()
  async list(@Query() requested: PageQuery, @Req() request: Request): Promise<Page<WebhookView>> {
    const page = csvPage(request, requested);
    const { items, total } = await this.queries.execute(new ListWebhooksQuery(VendorScope.vendorId(), page));
    return pageOf(items, total, page);
  }

  @Get(':id')
  @Roles(...WRITERS)
  @ApiOperation({ summary: 'Get a webhook', description: 'Its subscription and status; never its secret.' })
  @ApiOkResponse({ type: WebhookDto })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  get(@Param('id') id: string): Promise<WebhookView> {
    return this.queries.execute(new GetWebhookQuery(id, VendorScope.vendorId()));
  }

  @Get(':id/deliveries')
  @Roles(...WRITERS)
  @ApiOperation({
    summary: "List a webhook's delivery attempts",
    description: 'Newest first: the event, the attempt number, the status code or the error, and the duration.',
  })
  @ApiOkResponse({ type: [DeliveryAttemptDto], description: 'A page { items, total, limit, offset }.' })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  @CsvRows()
  async deliveries(
    @Param('id') id: string,
    @Query() requested: PageQuery,
    @Req() request: Request,
  ): Promise<Page<DeliveryAttemptView>> {
    const page = csvPage(request, requested);
    const { items, total } = await this.queries.execute(
      new ListWebhookDeliveriesQuery(id, VendorScope.vendorId(), page),
    );
    return pageOf(items, total, page);
  }

  @Post(':id/replay')
  @Roles(...WRITERS)
  @ApiOperation({
    summary: 'Deliver again from a position',
    description: 'WebhookReplayRequested: deliveries start again at the event of fromPosition (inclusive).',
  })
  @ApiCreatedResponse({ description: WRITE })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  replay(@Param('id') id: string, @Body() body: ReplayWebhookDto, @IfMatch() ifMatch?: number): Promise<WriteResult> {
    return this.change(id, { kind: 'replay', fromPosition: body.fromPosition }, ifMatch);
  }

  @Post(':id/enable')
  @Roles(...WRITERS)
  @ApiOperation({
    summary: 'Enable a disabled webhook',
    description:
      'WebhookEnabled: deliveries go on from the first event it had not delivered. Enabled already: no change.',
  })
  @ApiCreatedResponse({ description: WRITE })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  enable(@Param('id') id: string, @IfMatch() ifMatch?: number): Promise<WriteResult> {
    return this.change(id, { kind: 'enable' }, ifMatch);
  }

  @Post(':id/test')
  @Roles(...WRITERS)
  @ApiOperation({
    summary: 'Send a test delivery',
    description: 'WebhookTestRequested, delivered to this webhook only, signed, in its turn after earlier events.',
  })
  @ApiCreatedResponse({ description: WRITE })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  @ApiConflictResponse({ description: 'INVALID_STATUS: the webhook is disabled.' })
  test(@Param('id') id: string, @IfMatch() ifMatch?: number): Promise<WriteResult> {
    return this.change(id, { kind: 'test' }, ifMatch);
  }

  @Delete(':id')
  @HttpCode(200)
  @Roles(...WRITERS)
  @ApiOperation({
    summary: 'Delete a webhook',
    description: 'WebhookDeleted: no more deliveries; it answers 404 after.',
  })
  @ApiOkResponse({ description: WRITE })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  delete(@Param('id') id: string, @IfMatch() ifMatch?: number): Promise<WriteResult> {
    return this.change(id, { kind: 'delete' }, ifMatch);
  }

  private change(id: string, change: WebhookChange, ifMatch?: number): Promise<WriteResult> {
    return this.commands.execute(new ChangeWebhookCommand(id, change, ifMatch));
  }
}
