import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { VENDOR_STATUS_BY_EVENT, VendorStatus, vendorStatusAfter } from '../domain/vendor-standing';

/**
 * A vendor's status as the contracts context sees it, folded live from the vendor's own status events (never from
 * libs/vendors). Live, not an async projection, on purpose: drafting and signing must see an approval made a
 * moment earlier, and must not stall or fail when the projection workers lag.
 */
@Injectable()
export class VendorStatuses {
  constructor(private readonly db: DataSource) {}

  async statusOf(vendorId: string): Promise<VendorStatus | undefined> {
    const [latest] = await this.db.query(
      `SELECT event_type FROM events WHERE stream_id = $1 AND event_type = ANY($2)
       ORDER BY stream_version DESC LIMIT 1`,
      [vendorId, Object.keys(VENDOR_STATUS_BY_EVENT)],
    );
    return latest && vendorStatusAfter(latest.event_type);
  }
}
