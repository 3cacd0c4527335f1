import { Injectable } from '@nestjs/common';
import { EscalationOpened, EscalationResolved } from '@vendorwatch/escalations';
import { AsyncProjection, isEvent, isEventOf, Projection, StoredEvent } from '@vendorwatch/event-store';
import { QaDisputeResolved, QaReviewSubmitted } from '@vendorwatch/qa';
import { SlaMeasured } from '@vendorwatch/slas';
import { EntityManager } from 'typeorm';
import { PERFORMANCE_FACTS_PROJECTION } from './reporting-projections';

/**
 * Row-per-fact tables for the period reports: the counting figure of each SLA period, each QA review's current
 * score and each escalation's open/resolve times, all with contract and vendor ids for aggregation by SQL.
 */
async function write(event: StoredEvent, m: EntityManager): Promise<void> {
  if (isEvent(event, SlaMeasured)) {
    const d = event.data;
    if (!d.counts) return;
    await m.query(
      `INSERT INTO reporting_sla_periods (sla_id, period_start, period_end, contract_id, vendor_id, outcome, provisional)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (sla_id, period_start) DO UPDATE SET outcome = EXCLUDED.outcome, provisional = EXCLUDED.provisional`,
      [d.slaId, d.periodStart, d.periodEnd, d.contractId, d.vendorId, d.outcome, d.provisional],
    );
  } else if (isEvent(event, QaReviewSubmitted)) {
    const d = event.data;
    await m.query(
      `INSERT INTO reporting_qa_reviews (review_id, contract_id, vendor_id, occurred_at, submitted_at, score, auto_failed)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (review_id) DO NOTHING`,
      [d.reviewId, d.contractId, d.vendorId, d.interaction.occurredAt, d.submittedAt, d.score, d.autoFailed],
    );
  } else if (isEvent(event, QaDisputeResolved)) {
    const d = event.data;
    await m.query(`UPDATE reporting_qa_reviews SET score = $2, auto_failed = $3 WHERE review_id = $1`, [
      d.reviewId,
      d.score,
      d.autoFailed,
    ]);
  } else if (isEvent(event, EscalationOpened)) {
    const d = event.data;
    await m.query(
      `INSERT INTO reporting_escalations (escalation_id, contract_id, vendor_id, opened_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (escalation_id) DO NOTHING`,
      [d.escalationId, d.contractId, d.vendorId, d.openedAt],
    );
  } else if (isEvent(event, EscalationResolved)) {
    const d = event.data;
    await m.query(`UPDATE reporting_escalations SET resolved_at = $2 WHERE escalation_id = $1`, [
      d.escalationId,
      d.resolvedAt,
    ]);
  }
}

@Injectable()
@AsyncProjection()
export class PerformanceFactsProjection implements Projection {
  readonly name = PERFORMANCE_FACTS_PROJECTION;
  readonly tables = ['reporting_sla_periods', 'reporting_qa_reviews', 'reporting_escalations'];

  concerns(event: StoredEvent): boolean {
    return isEventOf(event, SlaMeasured, QaReviewSubmitted, QaDisputeResolved, EscalationOpened, EscalationResolved);
  }

  async apply(events: StoredEvent[], manager: EntityManager): Promise<void> {
    for (const event of events) await write(event, manager);
  }
}
