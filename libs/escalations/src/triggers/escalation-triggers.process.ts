import { Injectable } from '@nestjs/common';
import {
  AggregateRepository,
  AsyncProjection,
  EventData,
  InjectAggregateRepository,
  isEvent,
  isEventOf,
  Projection,
  StoredEvent,
  StoredEventOf,
} from '@vendorwatch/event-store';
import { ContractTerminated } from '@vendorwatch/contracts';
import { QaDisputeResolved, QaReviewSubmitted } from '@vendorwatch/qa';
import { SlaAtRisk, SlaMeasured } from '@vendorwatch/slas';
import { VendorRosterReported } from '@vendorwatch/vendors';
import { EntityManager } from 'typeorm';
import { Escalation } from '../domain/escalation.aggregate';
import {
  EscalationRuleDefined,
  EscalationRuleDisabled,
  EscalationRuleEnabled,
  EscalationRuleRevised,
} from '../domain/escalation-rule.events';
import { EscalationResolved } from '../domain/escalation.events';
import {
  evaluateAttritionAbove,
  evaluateQaAutoFail,
  evaluateQaScoreBelow,
  evaluateSlaAtRisk,
  evaluateSlaBreach,
  Firing,
  PeriodMeasurement,
  ReviewFact,
} from '../domain/trigger-evaluation';
import { fireEscalation } from './escalation-firing';
import { TriggerRule } from './trigger-rule';
import { TriggerState } from './trigger-state';

const DAY_MS = 86_400_000;

export const ESCALATION_TRIGGERS_PROCESS = 'escalation-triggers';

/** What `handle` reacts to: the rules' own events and the facts their triggers watch. */
const HANDLED = [
  EscalationRuleDefined,
  EscalationRuleRevised,
  EscalationRuleDisabled,
  EscalationRuleEnabled,
  EscalationResolved,
  ContractTerminated,
  SlaMeasured,
  SlaAtRisk,
  QaReviewSubmitted,
  QaDisputeResolved,
  VendorRosterReported,
];

/**
 * The process manager of SPEC §9: evaluates every rule's trigger as the SLA, QA and roster events arrive, and
 * appends the escalation events in the same transaction as its checkpoint, so a crash loses no firing and a replay
 * adds none. It reads other contexts only through their published event classes. "Now" is the
 * event's `recordedAt`, so evaluating an event again gives the same answer.
 */
@Injectable()
@AsyncProjection()
export class EscalationTriggersProcess implements Projection {
  readonly name = ESCALATION_TRIGGERS_PROCESS;
  readonly appendsEvents = true;
  readonly processManager = true;
  readonly tables = [
    'escalation_trigger_rules',
    'escalation_trigger_sla_periods',
    'escalation_trigger_qa_reviews',
    'escalation_trigger_open_subjects',
    'escalation_trigger_terminated_contracts',
  ];

  constructor(@InjectAggregateRepository(Escalation) private readonly escalations: AggregateRepository<Escalation>) {}

  concerns(event: StoredEvent): boolean {
    return isEventOf(event, ...HANDLED);
  }

  async apply(events: StoredEvent[], manager: EntityManager): Promise<void> {
    const state = new TriggerState(manager);
    for (const event of events) await this.handle(event, state, manager);
  }

  private async handle(event: StoredEvent, state: TriggerState, manager: EntityManager): Promise<void> {
    const fire: FireFn = async (rule, firing) => {
      if (firing) await fireEscalation(this.escalations, state, manager, rule, firing, event);
    };
    if (isEvent(event, EscalationRuleDefined)) return state.saveRule(ruleOf(event.data), true);
    if (isEvent(event, EscalationRuleRevised)) return state.reviseRule(event.data.ruleId, event.data.changes);
    if (isEvent(event, EscalationRuleDisabled)) return state.setEnabled(event.data.ruleId, false);
    if (isEvent(event, EscalationRuleEnabled)) return state.setEnabled(event.data.ruleId, true);
    if (isEvent(event, EscalationResolved)) return state.forgetEscalation(event.data.escalationId);
    if (isEvent(event, ContractTerminated)) return state.terminateContract(event.data.contractId);
    if (isEvent(event, SlaMeasured)) return this.onSlaMeasured(event, state, fire);
    if (isEvent(event, SlaAtRisk)) return this.onSlaAtRisk(event, state, fire);
    if (isEvent(event, QaReviewSubmitted)) {
      const data = event.data;
      await state.recordReview(data.contractId, {
        reviewId: data.reviewId,
        score: data.score,
        autoFailed: data.autoFailed === true,
        submittedAt: data.submittedAt ?? event.recordedAt,
      });
      return this.evaluateQa(event, data.contractId, state, fire, data.autoFailed === true);
    }
    if (isEvent(event, QaDisputeResolved)) {
      const data = event.data;
      if (data.outcome !== 'amended') return;
      await state.rescoreReview(data.reviewId, data.score, data.autoFailed === true);
      return this.evaluateQa(event, data.contractId, state, fire, false);
    }
    if (isEvent(event, VendorRosterReported)) return this.onRosterReported(event, state, fire);
  }

  /** A vendor's report concerns every contract of that vendor with an attrition rule (rules carry their vendor). */
  private async onRosterReported(
    event: StoredEventOf<VendorRosterReported>,
    state: TriggerState,
    fire: FireFn,
  ): Promise<void> {
    const { vendorId, month, annualizedAttritionPercent } = event.data;
    const report = { vendorId, month, annualizedAttritionPercent: annualizedAttritionPercent ?? null };
    for (const rule of await state.enabledRulesOfVendor(vendorId, 'attrition_above')) {
      if (rule.trigger.type === 'attrition_above')
        await fire(rule, evaluateAttritionAbove(rule.trigger, rule.contractId, report));
    }
  }

  private async onSlaMeasured(event: StoredEventOf<SlaMeasured>, state: TriggerState, fire: FireFn): Promise<void> {
    const { slaId, contractId, periodStart, source, outcome, provisional } = event.data;
    const measured: PeriodMeasurement = {
      periodStart: new Date(periodStart).toISOString(),
      source,
      outcome,
      provisional: provisional === true,
    };
    await state.recordSlaMeasurement(slaId, measured);
    if (measured.provisional || outcome !== 'breached') return;
    const rules = await state.enabledRulesOfContract(contractId, ['sla_breach']);
    if (rules.length === 0) return;
    const history = await state.slaMeasurements(slaId);
    for (const rule of rules) {
      if (rule.trigger.type === 'sla_breach')
        await fire(rule, evaluateSlaBreach(rule.trigger, slaId, history, measured));
    }
  }

  /** `SlaAtRiskCleared` is not watched: clearing leaves an escalation it opened as it is (SPEC §14). */
  private async onSlaAtRisk(event: StoredEventOf<SlaAtRisk>, state: TriggerState, fire: FireFn): Promise<void> {
    const { contractId, slaId, periodStart, value, sampleSize, elapsedPercent } = event.data;
    const period = { slaId, periodStart: new Date(periodStart).toISOString(), value, sampleSize, elapsedPercent };
    for (const rule of await state.enabledRulesOfContract(contractId, ['sla_at_risk'])) {
      if (rule.trigger.type === 'sla_at_risk') await fire(rule, evaluateSlaAtRisk(rule.trigger, period));
    }
  }

  /** Score rules are evaluated on every review or rescore; auto-fail rules only when a review auto-failed. */
  private async evaluateQa(
    event: StoredEvent,
    contractId: string,
    state: TriggerState,
    fire: FireFn,
    autoFailed: boolean,
  ): Promise<void> {
    const rules = await state.enabledRulesOfContract(
      contractId,
      autoFailed ? ['qa_score_below', 'qa_auto_fail'] : ['qa_score_below'],
    );
    if (rules.length === 0) return;
    const now = new Date(event.recordedAt);
    const longest = Math.max(...rules.map((r) => ('windowDays' in r.trigger ? r.trigger.windowDays : 0)));
    const reviews: ReviewFact[] = await state.reviewsSince(contractId, new Date(now.getTime() - longest * DAY_MS));
    for (const rule of rules) {
      const { trigger } = rule;
      if (trigger.type === 'qa_score_below') await fire(rule, evaluateQaScoreBelow(trigger, contractId, reviews, now));
      if (trigger.type === 'qa_auto_fail') await fire(rule, evaluateQaAutoFail(trigger, contractId, reviews, now));
    }
  }
}

type FireFn = (rule: TriggerRule, firing: Firing | undefined) => Promise<void>;

function ruleOf(data: EventData<EscalationRuleDefined>): TriggerRule {
  const { ruleId, contractId, vendorId, name, trigger, severity, levels, repeat, resolveWithinMinutes } = data;
  return { ruleId, contractId, vendorId, name, trigger, severity, levels, repeat, resolveWithinMinutes };
}
