import { Injectable, ServiceUnavailableException } from '@nestjs/common';
import { ProjectionCheckpoints } from '@vendorwatch/event-store';
import { DataSource } from 'typeorm';
import { ESCALATIONS_PROJECTION } from '../projections/escalations.projection';

const WAIT_MS = 5000;

/**
 * Read-your-writes across the trigger process: once it has processed the client's position, the escalations it
 * opened because of that write are already stored, but the escalations read model may not show them yet. This waits
 * until the read model holds every escalation event stored so far.
 */
@Injectable()
export class EscalationsCatchUp {
  constructor(
    private readonly db: DataSource,
    private readonly checkpoints: ProjectionCheckpoints,
  ) {}

  async await(minPosition: string | undefined): Promise<void> {
    if (minPosition === undefined) return;
    const [{ latest }] = await this.db.query(
      `SELECT max(global_position)::text AS latest FROM events WHERE stream_type = 'Escalation'`,
    );
    if (latest === null) return;
    if (!(await this.checkpoints.waitUntilProcessed([ESCALATIONS_PROJECTION], latest, WAIT_MS))) {
      throw new ServiceUnavailableException({ message: 'The escalations have not caught up yet; retry in a second.', retryAfter: 1 });
    }
  }
}
