import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Clock, Job, RequestContext, ScheduledJob, SYSTEM_ACTOR } from '@vendorwatch/event-store';
import { SlaPeriod } from '@vendorwatch/slas';
import { DataSource } from 'typeorm';
import { QaScoreSlaMeasurer } from './qa-score-sla.measurer';

/** Gives a qa_score period measured while it ran its final figure once it has ended, even if no review follows. */
@Injectable()
@Job()
export class QaScoreSlaFinalizeJob implements ScheduledJob {
  readonly name = 'qa-score-sla-finalize';
  readonly intervalMs = 60_000;

  private readonly measurer: QaScoreSlaMeasurer;

  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    commands: CommandBus,
  ) {
    this.measurer = new QaScoreSlaMeasurer(commands, clock);
  }

  async run(): Promise<void> {
    await RequestContext.run({ actor: SYSTEM_ACTOR }, () =>
      this.db.transaction(async (manager) => {
        const due: { sla_id: string; period: SlaPeriod; period_start: Date }[] = await manager.query(
          `SELECT p.sla_id, s.period, p.period_start FROM qa_score_sla_provisional p JOIN qa_score_slas s USING (sla_id)
           WHERE p.period_end <= $1 ORDER BY p.period_end LIMIT 500`,
          [this.clock.now()],
        );
        for (const row of due)
          await this.measurer.measure(
            { slaId: row.sla_id, period: row.period, at: new Date(row.period_start) },
            manager,
          );
      }),
    );
  }
}
