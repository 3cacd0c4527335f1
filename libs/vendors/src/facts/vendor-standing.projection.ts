import { Injectable } from '@nestjs/common';
import { VendorStandingView } from '@vendorwatch/contracts';
import { DocumentProjection, InlineProjection, InlineReadModel, isEvent, StoredEvent } from '@vendorwatch/event-store';
import { Vendor } from '../domain/vendor.aggregate';
import { VendorRegistered, vendorStatusAfter } from '../domain/vendor.events';

/** A vendor's standing as other contexts' commands need it, written in each vendor append's transaction. */
@Injectable()
@InlineReadModel()
export class VendorStandingProjection extends DocumentProjection<VendorStandingView> implements InlineProjection {
  readonly name = 'vendor-standing';
  readonly table = 'vendor_standing';
  readonly streamTypes = [Vendor.streamType];

  /** Only what changes a standing: most vendor events (reference checks, rosters…) leave it as it is. */
  protected keysOf(event: StoredEvent): string[] {
    const changesStanding = isEvent(event, VendorRegistered) || vendorStatusAfter(event) !== undefined;
    return event.streamType === Vendor.streamType && changesStanding ? [event.streamId] : [];
  }

  protected reduce(doc: VendorStandingView | undefined, event: StoredEvent): VendorStandingView | undefined {
    if (isEvent(event, VendorRegistered)) {
      return { vendorId: event.data.vendorId, status: 'prospect', channels: [...event.data.channels] };
    }
    const status = vendorStatusAfter(event);
    return doc && status ? { ...doc, status } : doc;
  }
}
