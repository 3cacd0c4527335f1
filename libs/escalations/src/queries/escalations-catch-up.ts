import { Injectable, ServiceUnavailableException } from '@nestjs/common';
import { ProjectionCheckpoints } from '@vendorwatch/event-store';
import { ESCALATIONS_PROJECTION } from '../projections/escalations.projection';
import { Escalation } from '../domain/escalation.aggregate';

const WAIT_MS = 5000;

/**
 * Read-your-writes across the trigger process: once it has processed the client's position, the escalations it
 * opened because of that write are already stored, but the escalations read model may not show them yet. This waits
 * until the read model holds every escalation event stored so far.
 */
@Injectable()
export class EscalationsCatchUp {
  constructor(private readonly checkpoints: ProjectionCheckpoints) {}

  async await(minPosition: string | undefined): Promise<void> {
    if (minPosition === undefined) return;
    if (!(await this.checkpoints.waitForStreamType(ESCALATIONS_PROJECTION, Escalation.streamType, WAIT_MS))) {
      throw new ServiceUnavailableException({
        message: 'The escalations have not caught up yet; retry in a second.',
        retryAfter: 1,
      });
    }
  }
}
