import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { EventStoreModule } from '@vendorwatch/event-store';
import { ApproveVendorHandler } from './commands/approve-vendor.handler';
import { EvaluateVendorHandler } from './commands/evaluate-vendor.handler';
import { OffboardVendorHandler } from './commands/offboard-vendor.handler';
import { RecordDueDiligenceHandler } from './commands/record-due-diligence.handler';
import { RecordReferenceCheckHandler } from './commands/record-reference-check.handler';
import { RegisterVendorHandler } from './commands/register-vendor.handler';
import { ReinstateVendorHandler } from './commands/reinstate-vendor.handler';
import { RejectVendorHandler } from './commands/reject-vendor.handler';
import { ReportRosterHandler } from './commands/report-roster.handler';
import { SuspendVendorHandler } from './commands/suspend-vendor.handler';
import { VendorNameReservations } from './commands/vendor-name-reservations';
import { Vendor } from './domain/vendor.aggregate';
import { VendorStandingHandler } from './facts/vendor-standing.handler';
import { VendorStandingProjection } from './facts/vendor-standing.projection';
import { VendorLifecycleController } from './http/vendor-lifecycle.controller';
import { VendorVettingController } from './http/vendor-vetting.controller';
import { VendorsController } from './http/vendors.controller';
import { VendorActivationProcess } from './processes/vendor-activation.process';
import { VendorSummaryProjection } from './projections/vendor-summary.projection';
import { GetVendorHistoryHandler } from './queries/get-vendor-history.handler';
import { GetVendorHandler } from './queries/get-vendor.handler';
import { ListVendorsHandler } from './queries/list-vendors.handler';

const COMMAND_HANDLERS = [
  RegisterVendorHandler,
  EvaluateVendorHandler,
  RecordReferenceCheckHandler,
  RecordDueDiligenceHandler,
  ApproveVendorHandler,
  RejectVendorHandler,
  SuspendVendorHandler,
  ReinstateVendorHandler,
  OffboardVendorHandler,
  ReportRosterHandler,
];
const QUERY_HANDLERS = [VendorStandingHandler, GetVendorHandler, ListVendorsHandler, GetVendorHistoryHandler];

@Module({
  imports: [CqrsModule, EventStoreModule.forFeature({ aggregates: [Vendor] })],
  controllers: [VendorsController, VendorVettingController, VendorLifecycleController],
  providers: [
    VendorStandingProjection,
    VendorSummaryProjection,
    VendorActivationProcess,
    VendorNameReservations,
    ...COMMAND_HANDLERS,
    ...QUERY_HANDLERS,
  ],
})
export class VendorsModule {}
