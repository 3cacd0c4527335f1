import { Injectable } from '@nestjs/common';
import { AsyncProjection, DocumentProjection, StoredEvent } from '@vendorwatch/event-store';
import { emptyPeriod, PeriodRecord, withMeasurement } from '../domain/sla-period-record';
import { Sla } from '../domain/sla.aggregate';
import { SLA_SUMMARY_PROJECTION, SlaSummary } from './sla-summary';

/** One document per SLA with every period's figures: the SLA detail and the compliance report read model. */
@Injectable()
@AsyncProjection()
export class SlaSummaryProjection extends DocumentProjection<SlaSummary> {
  readonly name = SLA_SUMMARY_PROJECTION;
  readonly table = 'sla_summaries';

  protected keysOf(event: StoredEvent): string[] {
    return event.streamType === Sla.streamType ? [event.streamId] : [];
  }

  protected override columns(doc: SlaSummary): Record<string, unknown> {
    return { contract_id: doc.contractId, vendor_id: doc.vendorId, status: doc.status, defined_at: doc.definedAt };
  }

  protected reduce(doc: SlaSummary | undefined, event: StoredEvent): SlaSummary | undefined {
    if (event.type === 'SlaDefined') return defined(event);
    if (!doc) return undefined;
    return { ...changed(doc, event), version: event.version };
  }
}

function defined({ data, version }: StoredEvent): SlaSummary {
  const {
    slaId,
    contractId,
    vendorId,
    name,
    metric,
    objective,
    period,
    minimumSample,
    serviceCreditPercent,
    definedAt,
  } = data;
  return {
    id: slaId,
    contractId,
    vendorId,
    name,
    metric,
    objective,
    period,
    minimumSample,
    serviceCreditPercent,
    status: 'active',
    definedAt,
    retiredAt: null,
    version,
    periods: {},
  };
}

function changed(doc: SlaSummary, { type, data }: StoredEvent): SlaSummary {
  const period = (): PeriodRecord => doc.periods[data.periodStart] ?? emptyPeriod(data);
  const withPeriod = (record: PeriodRecord) => ({ ...doc, periods: { ...doc.periods, [record.periodStart]: record } });
  switch (type) {
    case 'SlaRevised':
      return { ...doc, ...data.changes };
    case 'SlaRetired':
      return { ...doc, status: 'retired', retiredAt: data.retiredAt };
    case 'SlaMeasured': {
      const { value, sampleSize, outcome, provisional, measuredAt } = data;
      return withPeriod(
        withMeasurement(period(), data.source, { value, sampleSize, outcome, provisional, measuredAt }),
      );
    }
    case 'SlaBreached':
      return withPeriod({ ...period(), credit: data.creditAmount });
    case 'SlaBreachRetracted':
      return withPeriod({ ...period(), credit: null });
    default:
      return doc;
  }
}
