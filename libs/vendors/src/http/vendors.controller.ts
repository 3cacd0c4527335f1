import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import {
  CsvRows,
  Page,
  pageOf,
  PageQuery,
  ReadsProjections,
  toAuditEvent,
  WriteResult,
} from '@vendorwatch/event-store';
import { Roles, VendorScope } from '@vendorwatch/identity';
import { RegisterVendorCommand } from '../commands/register-vendor.command';
import { VENDOR_SUMMARY_PROJECTION, VendorSummary } from '../projections/vendor-summary';
import { GetVendorHistoryQuery } from '../queries/get-vendor-history.query';
import { GetVendorQuery } from '../queries/get-vendor.query';
import { ListVendorsQuery } from '../queries/list-vendors.query';
import { ListVendorsDto } from './dto/list-vendors.dto';
import { RegisterVendorDto } from './dto/register-vendor.dto';

@ApiTags('vendors')
@Controller('vendors')
export class VendorsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @Roles('procurement')
  register(@Body() body: RegisterVendorDto): Promise<WriteResult> {
    const { name, legalName, website, country, channels, languages, sites } = body;
    const profile = {
      name,
      legalName: legalName ?? null,
      website: website ?? null,
      country,
      channels,
      languages,
      sites: sites.map(({ city, country, timezone }) => ({ city, country, timezone })),
    };
    return this.commands.execute(new RegisterVendorCommand(profile));
  }

  @Get()
  @ReadsProjections(VENDOR_SUMMARY_PROJECTION)
  @CsvRows()
  async list(@Query() query: ListVendorsDto): Promise<Page<VendorSummary>> {
    const filter = { status: query.status, q: query.q, vendorId: VendorScope.vendorId() };
    const { items, total } = await this.queries.execute(new ListVendorsQuery(filter, query));
    return pageOf(items, total, query);
  }

  @Get(':id')
  @ReadsProjections(VENDOR_SUMMARY_PROJECTION)
  get(@Param('id') id: string): Promise<VendorSummary> {
    VendorScope.assertVisible(id, 'Vendor', id);
    return this.queries.execute(new GetVendorQuery(id));
  }

  @Get(':id/history')
  async history(@Param('id') id: string, @Query() page: PageQuery): Promise<Page<ReturnType<typeof toAuditEvent>>> {
    VendorScope.assertVisible(id, 'Vendor', id);
    const { items, total } = await this.queries.execute(new GetVendorHistoryQuery(id, page));
    return pageOf(items, total, page);
  }
}
