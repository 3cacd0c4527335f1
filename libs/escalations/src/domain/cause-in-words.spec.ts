import { causeInWords } from './cause-in-words';
import { EscalationCause } from './escalation-cause';

const breach: EscalationCause = {
  trigger: 'sla_breach',
  description:
    'SLA 5b1f0c1e-0000-4000-8000-000000000001 breached its 1 latest measured period (2026-03-09T00:00:00.000Z).',
  figures: {
    slaId: '5b1f0c1e-0000-4000-8000-000000000001',
    consecutiveBreaches: 1,
    breachedPeriods: ['2026-03-09T00:00:00.000Z'],
  },
  sourceEventId: 'e-1',
  sourceEventType: 'SlaBreached',
};

describe('an escalation cause in words', () => {
  it('names the SLA and the contract instead of their ids, and days instead of instants', () => {
    expect(causeInWords(breach, { sla: 'First response within 1h', contract: 'EU chat' })).toBe(
      "SLA 'First response within 1h' of contract 'EU chat' breached its latest measured period (starting 2026-03-09).",
    );
  });

  it('never falls back to an id when a name is unknown', () => {
    expect(causeInWords(breach, {})).toBe('An SLA breached its latest measured period (starting 2026-03-09).');
  });

  it('words the attrition cause without the vendor id', () => {
    const attrition: EscalationCause = {
      ...breach,
      trigger: 'attrition_above',
      description: 'Vendor 5b1f0c1e-… reported 72% annualized attrition for 2026-03, above 60%.',
      figures: { vendorId: '5b1f0c1e', month: '2026-03', annualizedAttritionPercent: 72, limit: 60 },
    };
    expect(causeInWords(attrition, { contract: 'EU chat' })).toBe(
      "The vendor reported 72 % annualized agent attrition for 2026-03, above the rule's limit of 60 %.",
    );
  });
});
