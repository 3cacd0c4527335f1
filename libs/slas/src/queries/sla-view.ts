import { periodsIn } from '../domain/sla-compliance';
import { periodView, PeriodView } from '../domain/sla-period-record';
import { SlaSummary } from '../projections/sla-summary';

/** What `GET /slas/:id` answers: the definition in force, its status and every measured period, newest first. */
export function toSlaView(doc: SlaSummary) {
  return { ...doc, periods: periodsIn(doc).map((record) => periodView(record) as PeriodView) };
}

export type SlaView = ReturnType<typeof toSlaView>;
