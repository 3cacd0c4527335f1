import { Injectable, Logger } from '@nestjs/common';
import {
  AggregateRepository,
  Clock,
  InjectAggregateRepository,
  Job,
  RequestContext,
  ScheduledJob,
  SYSTEM_ACTOR,
} from '@vendorwatch/event-store';
import { DataSource } from 'typeorm';
import { Escalation } from '../domain/escalation.aggregate';

const BATCH = 200;

/**
 * The deadline clock of SPEC §9: raises each unacknowledged escalation past its `dueAt` (or acknowledged one past
 * its `resolveBy`) a level, starts its ladder again, or marks it overdue past the last round. Candidates come from the escalations read model; the aggregate decides, so a
 * candidate the read model shows late (already raised, acknowledged meanwhile) is left as it is.
 */
@Injectable()
@Job()
export class EscalationDeadlineJob implements ScheduledJob {
  readonly name = 'escalation-deadlines';
  readonly intervalMs = 10_000;
  private readonly logger = new Logger(EscalationDeadlineJob.name);

  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    @InjectAggregateRepository(Escalation) private readonly escalations: AggregateRepository<Escalation>,
  ) {}

  async run(): Promise<void> {
    const now = this.clock.now();
    const due: { id: string }[] = await this.db.query(
      `(SELECT id, due_at AS deadline FROM escalations WHERE status = 'open' AND NOT overdue AND due_at <= $1
        UNION ALL
        SELECT id, resolve_by FROM escalations WHERE status = 'acknowledged' AND NOT overdue AND resolve_by <= $1)
       ORDER BY deadline LIMIT ${BATCH}`,
      [now],
    );
    for (const { id } of due) {
      try {
        await RequestContext.run({ actor: SYSTEM_ACTOR }, () =>
          this.escalations.update(id, undefined, (e) => e.raiseIfDue(now)),
        );
      } catch (error) {
        this.logger.error(`Could not check the deadline of escalation ${id}: ${(error as Error).message}`);
      }
    }
  }
}
