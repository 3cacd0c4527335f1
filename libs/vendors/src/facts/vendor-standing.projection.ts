import { Injectable } from '@nestjs/common';
import { VendorStandingView } from '@vendorwatch/contracts';
import {
  DocumentProjection,
  DomainEventClass,
  InlineProjection,
  InlineReadModel,
  isEvent,
  StoredEvent,
} from '@vendorwatch/event-store';
import { Vendor } from '../domain/vendor.aggregate';
import {
  VendorActivated,
  VendorApproved,
  VendorOffboarded,
  VendorRegistered,
  VendorReinstated,
  VendorRejected,
  VendorSuspended,
} from '../domain/vendor.events';
import { VendorStatus } from '../domain/vendor-status';

const STATUS_AFTER: [DomainEventClass, VendorStatus][] = [
  [VendorApproved, 'approved'],
  [VendorRejected, 'rejected'],
  [VendorActivated, 'active'],
  [VendorSuspended, 'suspended'],
  [VendorReinstated, 'active'],
  [VendorOffboarded, 'offboarded'],
];

/** A vendor's standing as other contexts' commands need it, written in each vendor append's transaction. */
@Injectable()
@InlineReadModel()
export class VendorStandingProjection extends DocumentProjection<VendorStandingView> implements InlineProjection {
  readonly name = 'vendor-standing';
  readonly table = 'vendor_standing';
  readonly streamTypes = [Vendor.streamType];

  protected keysOf(event: StoredEvent): string[] {
    return event.streamType === Vendor.streamType ? [event.streamId] : [];
  }

  protected reduce(doc: VendorStandingView | undefined, event: StoredEvent): VendorStandingView | undefined {
    if (isEvent(event, VendorRegistered)) {
      return { vendorId: event.data.vendorId, status: 'prospect', channels: [...event.data.channels] };
    }
    const status = STATUS_AFTER.find(([cls]) => isEvent(event, cls))?.[1];
    return doc && status ? { ...doc, status } : doc;
  }
}
