import { contractChecklist, gradeOf, riskScoreOf, vendorChecklist } from './checklist';
import { contractFacts, NOW, vendorFacts } from './checklist.fixtures';

describe('checklist', () => {
  it('scores 2 per fail and 1 per warn, graded A (0–2), B (3–6), C (7–12), D (≥ 13)', () => {
    expect(riskScoreOf(['fail', 'warn', 'pass', 'warn'])).toBe(4);
    expect([0, 2, 3, 6, 7, 12, 13, 24].map(gradeOf)).toEqual(['A', 'A', 'B', 'B', 'C', 'C', 'D', 'D']);
  });

  it('lists the twelve items in SPEC order; a bare draft with an unvetted vendor fails all but onboarding and QA', () => {
    const result = contractChecklist(contractFacts(), vendorFacts(), NOW);
    expect(result.items.map((i) => [i.key, i.status])).toEqual([
      ['clear_goals', 'fail'],
      ['price_only_selection', 'fail'],
      ['handoff_mentality', 'fail'],
      ['coverage_design', 'fail'],
      ['onboarding', 'warn'],
      ['escalation_logic', 'fail'],
      ['qa_program', 'fail'],
      ['agent_churn', 'warn'],
      ['vendor_vetting', 'fail'],
      ['weak_contract', 'fail'],
      ['tool_integration', 'fail'],
      ['scale_planning', 'fail'],
    ]);
    expect(result).toMatchObject({ riskScore: 22, grade: 'D' });
  });

  it('takes the worst status per item across contracts, with the deciding contracts’ evidence', () => {
    const good = contractChecklist(
      contractFacts({
        title: 'Chat',
        terms: {
          goals: {
            responseTimeTargets: '1h',
            escalationBoundaries: 'x',
            toneGuidelines: 'y',
            resolutionStandards: 'z',
          },
        },
      }),
      vendorFacts(),
      NOW,
    );
    const weak = contractChecklist(
      contractFacts({ title: 'Email', terms: { goals: { toneGuidelines: 'y' } } }),
      vendorFacts(),
      NOW,
    );
    const vendor = vendorChecklist(
      vendorFacts(),
      [
        { title: 'Chat', checklist: good },
        { title: 'Email', checklist: weak },
      ],
      NOW,
    );
    expect(vendor.items[0]).toMatchObject({
      key: 'clear_goals',
      status: 'warn',
      evidence: [
        'Email: Goals written down: tone guidelines',
        'Email: Goals missing: response-time targets, escalation boundaries and resolution standards',
      ],
    });
  });

  it('without contracts judges the vendor items and fails the rest', () => {
    const vendor = vendorChecklist(vendorFacts({ referenceChecks: { positive: 1, neutral: 0, negative: 0 } }), [], NOW);
    expect(vendor.items.map((i) => i.status)).toEqual([
      'fail',
      'fail',
      'fail',
      'fail',
      'fail',
      'fail',
      'fail',
      'warn',
      'warn',
      'fail',
      'fail',
      'fail',
    ]);
    expect(vendor.items[0].evidence).toEqual(['No contract with the vendor yet']);
    expect(vendor).toMatchObject({ riskScore: 22, grade: 'D' });
  });

  it('speaks in words, not field names or ids, for a bare and for a half-set-up contract', () => {
    const identifier = /\b[a-z]+[A-Z]\w*\b|\b[a-z]+_[a-z_]+\b|[0-9a-f]{8}-[0-9a-f]{4}-/;
    const halfSetUp = contractFacts({
      status: 'live',
      liveAt: '2026-03-01T00:00:00.000Z',
      terms: {
        goals: { toneGuidelines: 'warm' },
        integration: { customerHistoryAccess: false, knowledgeBaseAccess: true },
        scalePlan: { peakMultiplier: 2, elasticStaffingPercent: 10 },
        governance: { reviewCadenceDays: 30 },
        qaPlan: { monthlyReviewTarget: 50, calibrationCadenceDays: 30 },
      },
      milestones: { shadowing: '2026-03-04T00:00:00.000Z' },
      escalationRules: { r: { name: 'Ladder', enabled: true, levels: [{}], definedAt: '2026-03-05T00:00:00.000Z' } },
      slas: { s: { name: 'First response', serviceCreditPercent: 0, active: true } },
    });
    const vendor = vendorFacts({
      evaluation: { criteriaKeys: ['price', 'qa_discipline'], priceWeightShare: 0.45, evaluatedAt: '2026-02-01' },
      dueDiligence: { qa_process: 'in_progress' },
      roster: { month: '2026-05', annualizedAttritionPercent: 48 },
      lastRosterReportedAt: '2026-05-20T00:00:00.000Z',
    });
    for (const facts of [contractFacts(), halfSetUp]) {
      for (const item of contractChecklist(facts, vendor, NOW).items) {
        for (const text of [...item.evidence, item.recommendation])
          expect([item.key, text]).toEqual([item.key, expect.not.stringMatching(identifier)]);
      }
    }
    const items = contractChecklist(halfSetUp, vendor, NOW).items;
    expect(items.find((i) => i.key === 'price_only_selection')!.evidence[0]).toBe(
      'Price carries 45 % of the evaluation weight',
    );
    expect(items.find((i) => i.key === 'tool_integration')!.evidence).toContain('Agents cannot see customer history');
  });
});
