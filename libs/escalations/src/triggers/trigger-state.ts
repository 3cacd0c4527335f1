import { queryRow, queryRows } from '@vendorwatch/event-store';
import { EntityManager } from 'typeorm';
import { EscalationRuleChanges } from '../domain/escalation-rule.events';
import { TriggerType } from '../domain/escalation-trigger';
import { MeasurementOutcome, MeasurementSource, PeriodMeasurement, ReviewFact } from '../domain/trigger-evaluation';
import { TriggerRule } from './trigger-rule';

interface RuleRow {
  rule: TriggerRule;
  enabled: boolean;
}

interface SlaPeriodRow {
  period_start: Date;
  source: MeasurementSource;
  outcome: MeasurementOutcome;
  provisional: boolean;
}

interface ReviewRow {
  review_id: string;
  score: number;
  auto_failed: boolean;
  submitted_at: Date;
}

const NOT_TERMINATED = `contract_id NOT IN (SELECT contract_id FROM escalation_trigger_terminated_contracts)`;

/** The facts the trigger process keeps between events, read and written only inside its batch transaction. */
export class TriggerState {
  constructor(private readonly manager: EntityManager) {}

  async saveRule(rule: TriggerRule, enabled: boolean): Promise<void> {
    await this.manager.query(
      `INSERT INTO escalation_trigger_rules (rule_id, contract_id, vendor_id, trigger_type, enabled, rule)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (rule_id) DO UPDATE SET trigger_type = EXCLUDED.trigger_type, enabled = EXCLUDED.enabled, rule = EXCLUDED.rule`,
      [rule.ruleId, rule.contractId, rule.vendorId, rule.trigger.type, enabled, JSON.stringify(rule)],
    );
  }

  async reviseRule(ruleId: string, changes: EscalationRuleChanges): Promise<void> {
    const row = await queryRow<RuleRow>(
      this.manager,
      `SELECT rule, enabled FROM escalation_trigger_rules WHERE rule_id = $1`,
      [ruleId],
    );
    if (row) await this.saveRule({ ...row.rule, ...changes }, row.enabled);
  }

  /** A terminated contract's rules stay as they are but fire no more. */
  async terminateContract(contractId: string): Promise<void> {
    await this.manager.query(
      `INSERT INTO escalation_trigger_terminated_contracts (contract_id) VALUES ($1) ON CONFLICT DO NOTHING`,
      [contractId],
    );
  }

  async setEnabled(ruleId: string, enabled: boolean): Promise<void> {
    await this.manager.query(`UPDATE escalation_trigger_rules SET enabled = $2 WHERE rule_id = $1`, [ruleId, enabled]);
  }

  async enabledRulesOfContract(contractId: string, types: TriggerType[]): Promise<TriggerRule[]> {
    const rows = await queryRows<Pick<RuleRow, 'rule'>>(
      this.manager,
      `SELECT rule FROM escalation_trigger_rules
       WHERE contract_id = $1 AND trigger_type = ANY($2) AND enabled AND ${NOT_TERMINATED} ORDER BY rule_id`,
      [contractId, types],
    );
    return rows.map((r) => r.rule);
  }

  async enabledRulesOfVendor(vendorId: string, type: TriggerType): Promise<TriggerRule[]> {
    const rows = await queryRows<Pick<RuleRow, 'rule'>>(
      this.manager,
      `SELECT rule FROM escalation_trigger_rules
       WHERE vendor_id = $1 AND trigger_type = $2 AND enabled AND ${NOT_TERMINATED} ORDER BY rule_id`,
      [vendorId, type],
    );
    return rows.map((r) => r.rule);
  }

  /** Keeps the latest measurement per period and source: a later one of the same period replaces it. */
  async recordSlaMeasurement(slaId: string, m: PeriodMeasurement): Promise<void> {
    await this.manager.query(
      `INSERT INTO escalation_trigger_sla_periods (sla_id, period_start, source, outcome, provisional)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (sla_id, period_start, source) DO UPDATE
         SET outcome = EXCLUDED.outcome, provisional = EXCLUDED.provisional`,
      [slaId, m.periodStart, m.source, m.outcome, m.provisional],
    );
  }

  async slaMeasurements(slaId: string): Promise<PeriodMeasurement[]> {
    const rows = await queryRows<SlaPeriodRow>(
      this.manager,
      `SELECT period_start, source, outcome, provisional FROM escalation_trigger_sla_periods WHERE sla_id = $1`,
      [slaId],
    );
    return rows.map((r) => ({
      periodStart: new Date(r.period_start).toISOString(),
      source: r.source,
      outcome: r.outcome,
      provisional: r.provisional,
    }));
  }

  async recordReview(contractId: string, review: ReviewFact): Promise<void> {
    await this.manager.query(
      `INSERT INTO escalation_trigger_qa_reviews (review_id, contract_id, score, auto_failed, submitted_at)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (review_id) DO UPDATE SET score = EXCLUDED.score, auto_failed = EXCLUDED.auto_failed`,
      [review.reviewId, contractId, review.score, review.autoFailed, review.submittedAt],
    );
  }

  async rescoreReview(reviewId: string, score: number, autoFailed: boolean): Promise<void> {
    await this.manager.query(
      `UPDATE escalation_trigger_qa_reviews SET score = $2, auto_failed = $3 WHERE review_id = $1`,
      [reviewId, score, autoFailed],
    );
  }

  async reviewsSince(contractId: string, since: Date): Promise<ReviewFact[]> {
    const rows = await queryRows<ReviewRow>(
      this.manager,
      `SELECT review_id, score, auto_failed, submitted_at FROM escalation_trigger_qa_reviews
       WHERE contract_id = $1 AND submitted_at > $2`,
      [contractId, since],
    );
    return rows.map((r) => ({
      reviewId: r.review_id,
      score: r.score,
      autoFailed: r.auto_failed,
      submittedAt: new Date(r.submitted_at).toISOString(),
    }));
  }

  async openEscalationOf(ruleId: string, subject: string): Promise<string | undefined> {
    const row = await queryRow<{ escalation_id: string }>(
      this.manager,
      `SELECT escalation_id FROM escalation_trigger_open_subjects WHERE rule_id = $1 AND subject = $2`,
      [ruleId, subject],
    );
    return row?.escalation_id;
  }

  async markOpen(ruleId: string, subject: string, escalationId: string): Promise<void> {
    await this.manager.query(
      `INSERT INTO escalation_trigger_open_subjects (rule_id, subject, escalation_id) VALUES ($1, $2, $3)
       ON CONFLICT (rule_id, subject) DO UPDATE SET escalation_id = EXCLUDED.escalation_id`,
      [ruleId, subject, escalationId],
    );
  }

  async forgetEscalation(escalationId: string): Promise<void> {
    await this.manager.query(`DELETE FROM escalation_trigger_open_subjects WHERE escalation_id = $1`, [escalationId]);
  }
}
