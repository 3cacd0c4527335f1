import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { IfMatch, WriteResult } from '@vendorwatch/event-store';
import { Roles } from '@vendorwatch/identity';
import { ApproveVendorCommand } from '../commands/approve-vendor.command';
import { EvaluateVendorCommand } from '../commands/evaluate-vendor.command';
import { RecordDueDiligenceCommand } from '../commands/record-due-diligence.command';
import { RecordReferenceCheckCommand } from '../commands/record-reference-check.command';
import { RejectVendorCommand } from '../commands/reject-vendor.command';
import { ApproveVendorDto } from './dto/approve-vendor.dto';
import { EvaluateVendorDto } from './dto/evaluate-vendor.dto';
import { RecordDueDiligenceDto } from './dto/record-due-diligence.dto';
import { RecordReferenceCheckDto } from './dto/record-reference-check.dto';
import { StatusChangeReasonDto } from './dto/status-change-reason.dto';

/** Procurement's vetting of a vendor, up to the approve/reject decision. */
@ApiTags('vendors')
@Controller('vendors/:id')
@Roles('procurement')
export class VendorVettingController {
  constructor(private readonly commands: CommandBus) {}

  @Post('evaluations')
  evaluate(
    @Param('id') id: string,
    @Body() body: EvaluateVendorDto,
    @IfMatch() ifMatch?: number,
  ): Promise<WriteResult> {
    const evaluation = {
      criteria: body.criteria.map(({ key, score, weight, notes }) => ({ key, score, weight, notes: notes ?? null })),
      pricing: {
        model: body.pricing.model,
        rate: { amount: body.pricing.rate.amount, currency: body.pricing.rate.currency },
      },
      evaluatedAt: body.evaluatedAt,
    };
    return this.commands.execute(new EvaluateVendorCommand(id, evaluation, ifMatch));
  }

  @Post('reference-checks')
  recordReferenceCheck(
    @Param('id') id: string,
    @Body() body: RecordReferenceCheckDto,
    @IfMatch() ifMatch?: number,
  ): Promise<WriteResult> {
    const { company, contactRole, outcome, notes } = body;
    return this.commands.execute(
      new RecordReferenceCheckCommand(id, { company, contactRole, outcome, notes: notes ?? null }, ifMatch),
    );
  }

  @Post('due-diligence')
  recordDueDiligence(
    @Param('id') id: string,
    @Body() body: RecordDueDiligenceDto,
    @IfMatch() ifMatch?: number,
  ): Promise<WriteResult> {
    const { item, outcome, notes } = body;
    return this.commands.execute(new RecordDueDiligenceCommand(id, { item, outcome, notes: notes ?? null }, ifMatch));
  }

  @Post('approve')
  approve(@Param('id') id: string, @Body() body: ApproveVendorDto, @IfMatch() ifMatch?: number): Promise<WriteResult> {
    return this.commands.execute(new ApproveVendorCommand(id, body.rationale, ifMatch));
  }

  @Post('reject')
  reject(
    @Param('id') id: string,
    @Body() body: StatusChangeReasonDto,
    @IfMatch() ifMatch?: number,
  ): Promise<WriteResult> {
    return this.commands.execute(new RejectVendorCommand(id, body.reason, ifMatch));
  }
}
