import { Injectable } from '@nestjs/common';
import { AsyncProjection, DocumentProjection, isEvent, StoredEvent, StoredEventOf } from '@vendorwatch/event-store';
import { emptyPeriod, PeriodRecord, withDispute, withMeasurement } from '../domain/sla-period-record';
import { PeriodBounds } from '../domain/sla-periods';
import { Sla } from '../domain/sla.aggregate';
import { disputeOf, resolvedDispute } from '../domain/sla-disputes';
import {
  SlaBreached,
  SlaBreachRetracted,
  SlaDefined,
  SlaMeasured,
  SlaPeriodDisputed,
  SlaPeriodDisputeResolved,
  SlaRetired,
  SlaRevised,
} from '../domain/sla.events';
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
    return nextSlaSummary(doc, event);
  }
}

/** The SLA summary after one of its SLA's events: the read model's fold, and the compliance report's as of a date. */
export function nextSlaSummary(doc: SlaSummary | undefined, event: StoredEvent): SlaSummary | undefined {
  if (isEvent(event, SlaDefined)) return defined(event);
  if (!doc) return undefined;
  return { ...changed(doc, event), version: event.version };
}

function defined({ data, version }: StoredEventOf<SlaDefined>): SlaSummary {
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

function changed(doc: SlaSummary, event: StoredEvent): SlaSummary {
  const period = (bounds: PeriodBounds): PeriodRecord => doc.periods[bounds.periodStart] ?? emptyPeriod(bounds);
  const withPeriod = (record: PeriodRecord) => ({ ...doc, periods: { ...doc.periods, [record.periodStart]: record } });
  if (isEvent(event, SlaRevised)) return { ...doc, ...event.data.changes };
  if (isEvent(event, SlaRetired)) return { ...doc, status: 'retired', retiredAt: event.data.retiredAt };
  if (isEvent(event, SlaMeasured)) {
    const { value, sampleSize, outcome, provisional, measuredAt } = event.data;
    return withPeriod(
      withMeasurement(period(event.data), event.data.source, { value, sampleSize, outcome, provisional, measuredAt }),
    );
  }
  if (isEvent(event, SlaBreached)) return withPeriod({ ...period(event.data), credit: event.data.creditAmount });
  if (isEvent(event, SlaBreachRetracted)) return withPeriod({ ...period(event.data), credit: null });
  if (isEvent(event, SlaPeriodDisputed)) return withPeriod(withDispute(period(event.data), disputeOf(event.data)));
  if (isEvent(event, SlaPeriodDisputeResolved)) {
    const record = period(event.data);
    return record.dispute ? withPeriod(withDispute(record, resolvedDispute(record.dispute, event.data))) : doc;
  }
  return doc;
}
