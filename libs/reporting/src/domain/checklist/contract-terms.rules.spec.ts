import { contractFacts, NOW } from './checklist.fixtures';
import { clearGoals } from './clear-goals.rule';
import { scalePlanning } from './scale-planning.rule';
import { toolIntegration } from './tool-integration.rule';
import { weakContract } from './weak-contract.rule';

describe('item 1 clear_goals', () => {
  const goals = {
    responseTimeTargets: '1h',
    escalationBoundaries: 'L2 for refunds',
    toneGuidelines: 'warm',
    resolutionStandards: 'FCR',
  };

  it('passes with all four goals, warns with some, fails with none', () => {
    expect(clearGoals.evaluate(contractFacts({ terms: { goals } }), NOW)).toEqual({
      status: 'pass',
      evidence: [
        'Goals written down: response-time targets, escalation boundaries, tone guidelines and resolution standards',
      ],
      recommendation: '',
    });
    const some = clearGoals.evaluate(
      contractFacts({ terms: { goals: { toneGuidelines: 'warm', resolutionStandards: ' ' } } }),
      NOW,
    );
    expect(some.status).toBe('warn');
    expect(some.evidence).toEqual([
      'Goals written down: tone guidelines',
      'Goals missing: response-time targets, escalation boundaries and resolution standards',
    ]);
    expect(some.recommendation).toContain('response-time targets, escalation boundaries and resolution standards');
    expect(clearGoals.evaluate(contractFacts(), NOW).status).toBe('fail');
  });
});

describe('item 10 weak_contract', () => {
  const governance = { reportingCadence: 'weekly', ownershipBoundaries: 'vendor owns tier 1' };
  const sla = { name: 'First response', serviceCreditPercent: 5, active: true };

  it('passes with credited active SLAs, a reporting cadence and ownership boundaries', () => {
    const verdict = weakContract.evaluate(contractFacts({ slas: { s1: sla }, terms: { governance } }), NOW);
    expect(verdict).toEqual({
      status: 'pass',
      evidence: ['1 active SLA', 'Reporting cadence: weekly', 'Ownership boundaries written down'],
      recommendation: '',
    });
  });

  it('warns when an active SLA has no credit or governance text is missing', () => {
    const noCredit = weakContract.evaluate(
      contractFacts({ slas: { s1: { ...sla, serviceCreditPercent: 0 } }, terms: { governance } }),
      NOW,
    );
    expect(noCredit.status).toBe('warn');
    expect(noCredit.evidence).toContain("SLA 'First response' earns no service credit when breached");
    expect(weakContract.evaluate(contractFacts({ slas: { s1: sla } }), NOW).evidence).toContain(
      'No ownership boundaries written down',
    );
  });

  it('fails when every SLA is retired', () => {
    expect(
      weakContract.evaluate(contractFacts({ slas: { s1: { ...sla, active: false } }, terms: { governance } }), NOW),
    ).toMatchObject({
      status: 'fail',
      evidence: ['No active SLA'],
    });
  });
});

describe('item 11 tool_integration', () => {
  it('passes with all four flags, warns with some, fails with none or no section', () => {
    const all = {
      customerHistoryAccess: true,
      internalNotesAccess: true,
      productUpdatesFeed: true,
      knowledgeBaseAccess: true,
    };
    expect(toolIntegration.evaluate(contractFacts({ terms: { integration: all } }), NOW).status).toBe('pass');
    const some = toolIntegration.evaluate(
      contractFacts({ terms: { integration: { ...all, productUpdatesFeed: false } } }),
      NOW,
    );
    expect(some).toMatchObject({
      status: 'warn',
      evidence: [
        'Agents can see customer history',
        'Agents can read internal notes',
        'Agents do not receive product updates',
        'Agents can use the knowledge base',
      ],
    });
    expect(
      toolIntegration.evaluate(contractFacts({ terms: { integration: { productUpdatesFeed: false } } }), NOW).status,
    ).toBe('fail');
    expect(toolIntegration.evaluate(contractFacts(), NOW)).toMatchObject({
      status: 'fail',
      evidence: ['The contract says nothing about tool access'],
    });
  });
});

describe('item 12 scale_planning', () => {
  const plan = {
    peakMultiplier: 1.8,
    elasticStaffingPercent: 40,
    overflowProcedure: 'overflow to Cebu',
    surgeNoticeHours: 72,
  };

  it('passes when elastic staffing covers half the peak: (1.8 − 1) × 100 × 0.5 = 40', () => {
    const verdict = scalePlanning.evaluate(contractFacts({ terms: { scalePlan: plan } }), NOW);
    expect(verdict.status).toBe('pass');
    expect(verdict.evidence).toContain('Elastic staffing of 40 % absorbs half of a 1.8× peak (40 % needed)');
  });

  it('warns when the capacity condition fails or a field is missing', () => {
    const short = scalePlanning.evaluate(
      contractFacts({ terms: { scalePlan: { ...plan, elasticStaffingPercent: 30 } } }),
      NOW,
    );
    expect(short.status).toBe('warn');
    expect(short.evidence).toContain('Elastic staffing of 30 % falls short of half of a 1.8× peak (40 % needed)');
    const two = scalePlanning.evaluate(
      contractFacts({ terms: { scalePlan: { overflowProcedure: 'x', surgeNoticeHours: 24 } } }),
      NOW,
    );
    expect(two).toMatchObject({
      status: 'warn',
      evidence: [
        'The scale plan has: overflow procedure and surge notice',
        'Missing from the scale plan: peak multiplier and elastic staffing',
      ],
    });
  });

  it('fails with fewer than two fields set', () => {
    expect(scalePlanning.evaluate(contractFacts({ terms: { scalePlan: { peakMultiplier: 2 } } }), NOW).status).toBe(
      'fail',
    );
    expect(scalePlanning.evaluate(contractFacts(), NOW).status).toBe('fail');
  });
});
