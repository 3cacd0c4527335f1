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
        'Email: goals set: toneGuidelines',
        'Email: goals missing: responseTimeTargets, escalationBoundaries, resolutionStandards',
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
    expect(vendor.items[0].evidence).toEqual(['no contract']);
    expect(vendor).toMatchObject({ riskScore: 22, grade: 'D' });
  });
});
