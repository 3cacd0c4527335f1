import { Injectable } from '@nestjs/common';
import { AsyncProjection, DocumentProjection, isEvent, StoredEvent } from '@vendorwatch/event-store';
import { emptyPeriod, PeriodRecord, withDispute, withMeasurement } from '../domain/sla-period-record';
import { PeriodBounds } from '../domain/sla-periods';
import { Sla } from '../domain/sla.aggregate';
import { disputeOf, resolvedDispute } from '../domain/sla-disputes';
import {
  SlaAtRisk,
  SlaAtRiskCleared,
  SlaBreached,
  SlaBreachRetracted,
  SlaMeasured,
  SlaPeriodDisputed,
  SlaPeriodDisputeResolved,
} from '../domain/sla.events';
import { nextSlaDefinition } from '../facts/sla-definition.fold';
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
  const definition = nextSlaDefinition(doc, event);
  return definition && { ...definition, periods: doc ? nextPeriods(doc.periods, event) : {} };
}

/** The periods after a measuring, crediting or disputing event (definition events leave them as they are). */
function nextPeriods(periods: SlaSummary['periods'], event: StoredEvent): SlaSummary['periods'] {
  const period = (bounds: PeriodBounds): PeriodRecord => periods[bounds.periodStart] ?? emptyPeriod(bounds);
  const withPeriod = (record: PeriodRecord) => ({ ...periods, [record.periodStart]: record });
  if (isEvent(event, SlaMeasured)) {
    const { value, sampleSize, outcome, provisional, measuredAt } = event.data;
    return withPeriod(
      withMeasurement(period(event.data), event.data.source, { value, sampleSize, outcome, provisional, measuredAt }),
    );
  }
  if (isEvent(event, SlaBreached)) return withPeriod({ ...period(event.data), credit: event.data.creditAmount });
  if (isEvent(event, SlaBreachRetracted)) return withPeriod({ ...period(event.data), credit: null });
  if (isEvent(event, SlaAtRisk)) return withPeriod({ ...period(event.data), atRisk: true });
  if (isEvent(event, SlaAtRiskCleared)) return withPeriod({ ...period(event.data), atRisk: false });
  if (isEvent(event, SlaPeriodDisputed)) return withPeriod(withDispute(period(event.data), disputeOf(event.data)));
  if (isEvent(event, SlaPeriodDisputeResolved)) {
    const record = period(event.data);
    return record.dispute ? withPeriod(withDispute(record, resolvedDispute(record.dispute, event.data))) : periods;
  }
  return periods;
}
