import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { IfMatch, WriteResult } from '@vendorwatch/event-store';
import { Roles, VendorScope } from '@vendorwatch/identity';
import { OffboardVendorCommand } from '../commands/offboard-vendor.command';
import { ReinstateVendorCommand } from '../commands/reinstate-vendor.command';
import { ReportRosterCommand } from '../commands/report-roster.command';
import { SuspendVendorCommand } from '../commands/suspend-vendor.command';
import { ReportRosterDto } from './dto/report-roster.dto';
import { StatusChangeReasonDto } from './dto/status-change-reason.dto';

/** A working vendor: suspension, reinstatement, offboarding and monthly roster reports. */
@ApiTags('vendors')
@Controller('vendors/:id')
export class VendorLifecycleController {
  constructor(private readonly commands: CommandBus) {}

  @Post('suspend')
  @Roles('procurement')
  suspend(
    @Param('id') id: string,
    @Body() body: StatusChangeReasonDto,
    @IfMatch() ifMatch?: number,
  ): Promise<WriteResult> {
    return this.commands.execute(new SuspendVendorCommand(id, body.reason, ifMatch));
  }

  @Post('reinstate')
  @Roles('procurement')
  reinstate(
    @Param('id') id: string,
    @Body() body: StatusChangeReasonDto,
    @IfMatch() ifMatch?: number,
  ): Promise<WriteResult> {
    return this.commands.execute(new ReinstateVendorCommand(id, body.reason, ifMatch));
  }

  @Post('offboard')
  @Roles('procurement')
  offboard(
    @Param('id') id: string,
    @Body() body: StatusChangeReasonDto,
    @IfMatch() ifMatch?: number,
  ): Promise<WriteResult> {
    return this.commands.execute(new OffboardVendorCommand(id, body.reason, ifMatch));
  }

  @Post('roster-reports')
  @Roles('procurement', 'ops_manager', 'vendor')
  reportRoster(
    @Param('id') id: string,
    @Body() body: ReportRosterDto,
    @IfMatch() ifMatch?: number,
  ): Promise<WriteResult> {
    VendorScope.assertVisible(id, 'Vendor', id);
    const { month, headcountStart, headcountEnd, leavers, hires, avgTenureMonths, trainingHoursPerNewHire } = body;
    const roster = {
      month,
      headcountStart,
      headcountEnd,
      leavers,
      hires,
      avgTenureMonths: avgTenureMonths ?? null,
      trainingHoursPerNewHire: trainingHoursPerNewHire ?? null,
    };
    return this.commands.execute(new ReportRosterCommand(id, roster, ifMatch));
  }
}
