import { agentChurn } from './agent-churn.rule';
import { daysBefore, NOW, vendorFacts } from './checklist.fixtures';
import { priceOnlySelection } from './price-only-selection.rule';
import { vendorVetting } from './vendor-vetting.rule';

describe('item 2 price_only_selection', () => {
  const allKeys = ['price', 'training_depth', 'qa_discipline', 'escalation_handling', 'operational_maturity'];
  const evaluation = (priceWeightShare: number, criteriaKeys = allKeys) => ({
    evaluation: { criteriaKeys, priceWeightShare, evaluatedAt: daysBefore(5) },
  });

  it('passes with every non-price criterion and price at most 0.40', () => {
    expect(priceOnlySelection.evaluate(vendorFacts(evaluation(0.4)), NOW)).toEqual({
      status: 'pass',
      evidence: [
        'Price carries 40 % of the evaluation weight',
        'All four non-price criteria were scored (training depth, QA discipline, escalation handling and operational maturity)',
      ],
      recommendation: '',
    });
  });

  it('warns for a share in (0.40, 0.60] or a missing non-price criterion', () => {
    expect(priceOnlySelection.evaluate(vendorFacts(evaluation(0.6)), NOW).status).toBe('warn');
    const missing = priceOnlySelection.evaluate(vendorFacts(evaluation(0.2, allKeys.slice(0, 4))), NOW);
    expect(missing).toMatchObject({
      status: 'warn',
      evidence: ['Price carries 20 % of the evaluation weight', 'Not scored: operational maturity'],
    });
  });

  it('fails without an evaluation or with a share above 0.60', () => {
    expect(priceOnlySelection.evaluate(vendorFacts(), NOW)).toMatchObject({
      status: 'fail',
      evidence: ['The vendor has not been evaluated yet'],
    });
    expect(priceOnlySelection.evaluate(vendorFacts(evaluation(0.61)), NOW).status).toBe('fail');
  });
});

describe('item 8 agent_churn', () => {
  const roster = (annualizedAttritionPercent: number | null, reportedDaysAgo = 10) => ({
    roster: { month: '2026-05', annualizedAttritionPercent },
    lastRosterReportedAt: daysBefore(reportedDaysAgo),
  });
  const live = { contracts: { c1: 'live' as const } };

  it('passes with a recent report and attrition at most 35 %', () => {
    expect(agentChurn.evaluate(vendorFacts({ ...roster(35), ...live }), NOW)).toEqual({
      status: 'pass',
      evidence: [
        'Last roster report on 2026-05-22, 10 days ago',
        'Agents leaving at 35.0 % a year (2026-05)',
        'The vendor has a live contract',
      ],
      recommendation: '',
    });
  });

  it('warns for attrition in (35, 60], or no report while no contract is live', () => {
    expect(agentChurn.evaluate(vendorFacts({ ...roster(60), ...live }), NOW).status).toBe('warn');
    expect(agentChurn.evaluate(vendorFacts({ contracts: { c1: 'signed' } }), NOW)).toMatchObject({
      status: 'warn',
      evidence: ['No roster report from the vendor yet', 'The vendor has no live contract'],
    });
  });

  it('fails for attrition above 60 %, or a live contract without a report in 62 days', () => {
    expect(agentChurn.evaluate(vendorFacts({ ...roster(60.1), ...live }), NOW).status).toBe('fail');
    expect(agentChurn.evaluate(vendorFacts({ ...roster(20, 63), ...live }), NOW).status).toBe('fail');
    expect(agentChurn.evaluate(vendorFacts({ ...roster(20, 62), ...live }), NOW).status).toBe('pass');
  });
});

describe('item 9 vendor_vetting', () => {
  const verified = {
    case_handling_review: 'verified',
    qa_process: 'verified',
    peak_volume_handling: 'verified',
    change_management: 'verified',
  };

  it('passes with two favourable references and the four items verified', () => {
    const verdict = vendorVetting.evaluate(
      vendorFacts({ referenceChecks: { positive: 1, neutral: 1, negative: 1 }, dueDiligence: verified }),
      NOW,
    );
    expect(verdict).toEqual({
      status: 'pass',
      evidence: [
        '2 favourable (positive or neutral) reference checks of 3',
        'Verified: case handling review, QA process, peak volume handling and change management',
      ],
      recommendation: '',
    });
  });

  it('warns with one reference or one verified item', () => {
    expect(
      vendorVetting.evaluate(vendorFacts({ referenceChecks: { positive: 0, neutral: 0, negative: 1 } }), NOW).status,
    ).toBe('warn');
    const one = vendorVetting.evaluate(
      vendorFacts({ dueDiligence: { qa_process: 'verified', change_management: 'concerns' } }),
      NOW,
    );
    expect(one.status).toBe('warn');
    expect(one.evidence[2]).toBe(
      'Not verified: case handling review (not recorded), peak volume handling (not recorded), change management (concerns)',
    );
  });

  it('fails with neither', () => {
    expect(vendorVetting.evaluate(vendorFacts({ dueDiligence: { security_review: 'verified' } }), NOW).status).toBe(
      'fail',
    );
  });
});
