import { Command } from '@nestjs/cqrs';
import { WriteResult } from '@vendorwatch/event-store';
import { DisputeResolutionInput, PeriodDisputeInput } from '../domain/sla-disputes';

/** A vendor user contests the figure of one period of its own SLA (SPEC §13). */
export class DisputeSlaPeriodCommand extends Command<WriteResult> {
  constructor(
    readonly slaId: string,
    readonly periodStart: string,
    readonly dispute: PeriodDisputeInput,
    readonly ifMatch?: number,
  ) {
    super();
  }
}

/** Operations or procurement settle a period's open dispute. */
export class ResolveSlaPeriodDisputeCommand extends Command<WriteResult> {
  constructor(
    readonly slaId: string,
    readonly periodStart: string,
    readonly resolution: DisputeResolutionInput,
    readonly ifMatch?: number,
  ) {
    super();
  }
}
