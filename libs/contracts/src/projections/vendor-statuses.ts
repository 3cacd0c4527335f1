import { Injectable, ServiceUnavailableException } from '@nestjs/common';
import { ProjectionCheckpoints } from '@vendorwatch/event-store';
import { DataSource } from 'typeorm';
import { VendorStatus } from '../domain/vendor-standing';
import { VENDOR_STATUSES_PROJECTION } from './vendor-statuses.projection';

const CATCH_UP_MS = 5000;

/**
 * Answers a vendor's status from the contracts context's own read model. A command must not act on a status
 * older than the vendor's last event (e.g. sign right after the approval), so it first waits until the read model
 * has processed the vendor's stream.
 */
@Injectable()
export class VendorStatuses {
  constructor(
    private readonly db: DataSource,
    private readonly checkpoints: ProjectionCheckpoints,
  ) {}

  async statusOf(vendorId: string): Promise<VendorStatus | undefined> {
    await this.catchUpWith(vendorId);
    const [row] = await this.db.query(`SELECT status FROM contract_vendor_statuses WHERE id = $1`, [vendorId]);
    return row?.status;
  }

  private async catchUpWith(vendorId: string): Promise<void> {
    const [{ position }] = await this.db.query(
      `SELECT max(global_position)::text AS position FROM events WHERE stream_id = $1`,
      [vendorId],
    );
    if (position === null) return;
    if (!(await this.checkpoints.waitUntilProcessed([VENDOR_STATUSES_PROJECTION], position, CATCH_UP_MS))) {
      throw new ServiceUnavailableException({ message: 'Vendor statuses are still catching up; retry in a second.', retryAfter: 1 });
    }
  }
}
