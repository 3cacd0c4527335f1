import { BusinessRuleError, InvalidStateError } from '@vendorwatch/event-store';
import { EscalationRule, EscalationRuleDefinition } from './escalation-rule.aggregate';
import {
  EscalationRuleDefined,
  EscalationRuleDisabled,
  EscalationRuleEnabled,
  EscalationRuleRevised,
} from './escalation-rule.events';

const USER = '5b1f6f0e-3c1a-4f57-9d0a-1c2b3d4e5f60';
const NOW = new Date('2026-03-02T14:05:00.000Z');
const definition: EscalationRuleDefinition = {
  contractId: 'contract-1',
  vendorId: 'vendor-1',
  name: 'Two weeks of missed first response',
  trigger: { type: 'sla_breach', consecutiveBreaches: 2 },
  severity: 'high',
  levels: [
    { notify: 'team-lead@vendor.example', ackWithinMinutes: 60 },
    { notify: 'ops-director@acme.example', ackWithinMinutes: 240, authority: 'Director of Support' },
  ],
};

function given(...events: object[]): EscalationRule {
  const rule = new EscalationRule();
  rule.id = 'rule-1';
  rule.loadFromHistory(events);
  return rule;
}

const defined = () =>
  new EscalationRuleDefined(
    'rule-1',
    'contract-1',
    'vendor-1',
    definition.name,
    definition.trigger,
    'high',
    definition.levels,
    NOW.toISOString(),
  );

describe('EscalationRule', () => {
  it('defines an enabled rule with its trigger and levels', () => {
    const rule = EscalationRule.define('rule-1', definition, NOW);
    expect(rule.getUncommittedEvents()).toEqual([defined()]);
    expect(rule.status).toBe('enabled');
  });

  it('rejects a trigger missing its fields and a level without a deadline', () => {
    const bad = {
      ...definition,
      trigger: { type: 'qa_score_below', threshold: 120 } as never,
      levels: [{ notify: 'x', ackWithinMinutes: 0 }],
    };
    expect(() => EscalationRule.define('rule-1', bad, NOW)).toThrow(BusinessRuleError);
    try {
      EscalationRule.define('rule-1', bad, NOW);
    } catch (error) {
      expect((error as BusinessRuleError).details).toEqual([
        'trigger.threshold must be a number from 0 to 100',
        'trigger.windowDays is required for qa_score_below',
        'trigger.minReviews is required for qa_score_below',
        'levels[0].ackWithinMinutes must be an integer ≥ 1',
      ]);
    }
  });

  it('rejects a rule without levels', () => {
    expect(() => EscalationRule.define('rule-1', { ...definition, levels: [] }, NOW)).toThrow(
      'levels must hold at least one level',
    );
  });

  it('records only the fields a revision changes', () => {
    const rule = given(defined());
    rule.revise({ name: definition.name, severity: 'critical' }, NOW);
    expect(rule.getUncommittedEvents()).toEqual([
      new EscalationRuleRevised('rule-1', 'contract-1', 'vendor-1', { severity: 'critical' }, NOW.toISOString()),
    ]);
    expect(rule.severity).toBe('critical');
  });

  it('records nothing for a revision that changes nothing', () => {
    const rule = given(defined());
    rule.revise({ levels: definition.levels }, NOW);
    expect(rule.getUncommittedEvents()).toEqual([]);
  });

  it('defines a ladder that repeats, demands resolution and tells its recipients', () => {
    const levels = [{ notify: 'Lead', ackWithinMinutes: 30, recipients: ['lead@vendor.example', `user:${USER}`] }];
    const rule = EscalationRule.define('rule-1', { ...definition, levels, repeat: 2, resolveWithinMinutes: 480 }, NOW);
    expect(rule.getUncommittedEvents()).toEqual([
      new EscalationRuleDefined(
        'rule-1',
        'contract-1',
        'vendor-1',
        definition.name,
        definition.trigger,
        'high',
        levels,
        NOW.toISOString(),
        2,
        480,
      ),
    ]);
  });

  it('rejects a repeat past 10, a resolution deadline under a minute and a recipient that is no address', () => {
    const levels = [
      { notify: 'Lead', ackWithinMinutes: 30, recipients: ['lead@vendor.example', 'user:bob', 'nobody'] },
    ];
    expect(() =>
      EscalationRule.define('rule-1', { ...definition, levels, repeat: 11, resolveWithinMinutes: 0 }, NOW),
    ).toThrow(
      expect.objectContaining({
        details: [
          'levels[0].recipients[1] must be an email address or user:<userId>',
          'levels[0].recipients[2] must be an email address or user:<userId>',
          'repeat must be an integer from 0 to 10',
          'resolveWithinMinutes must be an integer ≥ 1',
        ],
      }),
    );
  });

  it('revises the repeat and removes the resolution deadline', () => {
    const rule = given(defined());
    rule.revise({ repeat: 1, resolveWithinMinutes: null }, NOW);
    rule.revise({ repeat: 1 }, NOW);
    expect(rule.getUncommittedEvents()).toEqual([
      new EscalationRuleRevised('rule-1', 'contract-1', 'vendor-1', { repeat: 1 }, NOW.toISOString()),
    ]);
  });

  it('disables and enables again', () => {
    const rule = given(defined());
    rule.disable('Contract paused', NOW);
    rule.enable(NOW);
    expect(rule.getUncommittedEvents()).toEqual([
      new EscalationRuleDisabled('rule-1', 'contract-1', 'vendor-1', 'Contract paused', NOW.toISOString()),
      new EscalationRuleEnabled('rule-1', 'contract-1', 'vendor-1', NOW.toISOString()),
    ]);
  });

  it('refuses to disable a disabled rule, naming the status', () => {
    const rule = given(
      defined(),
      new EscalationRuleDisabled('rule-1', 'contract-1', 'vendor-1', null, NOW.toISOString()),
    );
    expect(() => rule.disable(undefined, NOW)).toThrow(
      expect.objectContaining({ code: 'INVALID_STATUS', message: 'Escalation rule rule-1 is already disabled.' }),
    );
  });

  it('refuses to enable an enabled rule', () => {
    expect(() => given(defined()).enable(NOW)).toThrow(InvalidStateError);
  });
});
