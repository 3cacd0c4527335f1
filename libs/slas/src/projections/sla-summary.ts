import { PeriodRecord } from '../domain/sla-period-record';
import { SlaDefinition, SlaStatus } from '../domain/sla.aggregate';

export const SLA_SUMMARY_PROJECTION = 'sla-summary';

export interface SlaSummary extends SlaDefinition {
  id: string;
  contractId: string;
  vendorId: string;
  status: SlaStatus;
  definedAt: string;
  retiredAt: string | null;
  version: number;
  /** Keyed by periodStart. */
  periods: Record<string, PeriodRecord>;
}
