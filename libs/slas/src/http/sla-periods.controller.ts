import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { IfMatch, WriteResult } from '@vendorwatch/event-store';
import { Roles } from '@vendorwatch/identity';
import { DisputeSlaPeriodCommand, ResolveSlaPeriodDisputeCommand } from '../commands/sla-period-dispute.commands';
import { SlaPeriodParams } from './dto/sla-period-params.dto';
import { DisputeSlaPeriodDto, ResolveSlaPeriodDisputeDto } from './dto/sla-period-dispute.dto';

/** SPEC §13: a vendor disputes a period's figure; operations or procurement resolve it. */
@ApiTags('slas')
@Controller('slas/:id/periods/:periodStart')
export class SlaPeriodsController {
  constructor(private readonly commands: CommandBus) {}

  @Post('disputes')
  @Roles('vendor')
  dispute(
    @Param() { id, periodStart }: SlaPeriodParams,
    @Body() dto: DisputeSlaPeriodDto,
    @IfMatch() ifMatch?: number,
  ): Promise<WriteResult> {
    return this.commands.execute(new DisputeSlaPeriodCommand(id, periodStart, dto, ifMatch));
  }

  @Post('dispute-resolution')
  @Roles('ops_manager', 'procurement')
  resolve(
    @Param() { id, periodStart }: SlaPeriodParams,
    @Body() dto: ResolveSlaPeriodDisputeDto,
    @IfMatch() ifMatch?: number,
  ): Promise<WriteResult> {
    return this.commands.execute(new ResolveSlaPeriodDisputeCommand(id, periodStart, dto, ifMatch));
  }
}
