/** The conditions an escalation rule watches (SPEC §9). */
export type EscalationTrigger =
  SlaBreachTrigger | SlaAtRiskTrigger | QaScoreBelowTrigger | QaAutoFailTrigger | AttritionAboveTrigger;

export interface SlaBreachTrigger {
  type: 'sla_breach';
  slaId?: string;
  consecutiveBreaches: number;
}

/** An SLA of the contract (or that one) recorded `SlaAtRisk` (SPEC §14). */
export interface SlaAtRiskTrigger {
  type: 'sla_at_risk';
  slaId?: string;
}

export interface QaScoreBelowTrigger {
  type: 'qa_score_below';
  threshold: number;
  windowDays: number;
  minReviews: number;
}

export interface QaAutoFailTrigger {
  type: 'qa_auto_fail';
  count: number;
  windowDays: number;
}

export interface AttritionAboveTrigger {
  type: 'attrition_above';
  annualizedPercent: number;
}

export type TriggerType = EscalationTrigger['type'];

export const TRIGGER_TYPES: readonly TriggerType[] = [
  'sla_breach',
  'sla_at_risk',
  'qa_score_below',
  'qa_auto_fail',
  'attrition_above',
];

type FieldRule = { required: boolean; check: (value: unknown) => string | undefined };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const integerAtLeast = (min: number) => (value: unknown) =>
  Number.isInteger(value) && (value as number) >= min ? undefined : `must be an integer ≥ ${min}`;
const numberBetween = (min: number, max: number) => (value: unknown) =>
  typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max
    ? undefined
    : `must be a number from ${min} to ${max}`;
const uuid = (value: unknown) => (typeof value === 'string' && UUID.test(value) ? undefined : 'must be a UUID');

const FIELDS: Record<TriggerType, Record<string, FieldRule>> = {
  sla_breach: {
    slaId: { required: false, check: uuid },
    consecutiveBreaches: { required: true, check: integerAtLeast(1) },
  },
  sla_at_risk: {
    slaId: { required: false, check: uuid },
  },
  qa_score_below: {
    threshold: { required: true, check: numberBetween(0, 100) },
    windowDays: { required: true, check: integerAtLeast(1) },
    minReviews: { required: true, check: integerAtLeast(1) },
  },
  qa_auto_fail: {
    count: { required: true, check: integerAtLeast(1) },
    windowDays: { required: true, check: integerAtLeast(1) },
  },
  attrition_above: {
    annualizedPercent: { required: true, check: numberBetween(0, 10000) },
  },
};

const isTriggerType = (value: unknown): value is TriggerType => TRIGGER_TYPES.includes(value as TriggerType);

/** Every problem with a trigger as sent by a client, as sentences naming the field; empty when it is valid. */
export function triggerProblems(raw: unknown): string[] {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return ['trigger must be an object'];
  const { type, ...fields } = raw as Record<string, unknown>;
  if (!isTriggerType(type)) return [`trigger.type must be one of ${TRIGGER_TYPES.join(', ')}`];
  const rules = FIELDS[type];
  const problems: string[] = [];
  for (const [name, rule] of Object.entries(rules)) {
    const value = fields[name];
    if (value === undefined) {
      if (rule.required) problems.push(`trigger.${name} is required for ${type}`);
      continue;
    }
    const problem = rule.check(value);
    if (problem) problems.push(`trigger.${name} ${problem}`);
  }
  for (const name of Object.keys(fields)) {
    if (!(name in rules)) problems.push(`trigger.${name} is not a field of ${type}`);
  }
  return problems;
}
