import { Query } from '@nestjs/cqrs';
import { Page } from '@vendorwatch/event-store';
import { ReportRange } from '../domain/sla-compliance';
import { PeriodView } from '../domain/sla-period-record';

/** The measured periods of one SLA, newest first, in the shape of `GET /slas/:id`'s `periods`. */
export class ListSlaPeriodsQuery extends Query<Page<PeriodView>> {
  constructor(
    readonly slaId: string,
    readonly page: { limit: number; offset: number },
    readonly range: ReportRange = {},
  ) {
    super();
  }
}
