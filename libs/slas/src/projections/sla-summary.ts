import { PeriodRecord } from '../domain/sla-period-record';
import { SlaDefinitionView } from '../facts/sla-definition.fold';

export const SLA_SUMMARY_PROJECTION = 'sla-summary';

/** An SLA's definition (as its facts hold it) with every period's figures. */
export interface SlaSummary extends SlaDefinitionView {
  /** Keyed by periodStart. */
  periods: Record<string, PeriodRecord>;
}
