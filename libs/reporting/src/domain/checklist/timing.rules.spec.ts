import { contractFacts, daysBefore, NOW } from './checklist.fixtures';
import { escalationLogic } from './escalation-logic.rule';
import { handoffMentality } from './handoff-mentality.rule';
import { onboarding } from './onboarding.rule';
import { qaProgram } from './qa-program.rule';

describe('item 3 handoff_mentality', () => {
  const governance = { reviewCadenceDays: 30 };
  const live = { status: 'live' as const, liveAt: daysBefore(100) };

  it('passes when not live yet or reviewed within the cadence', () => {
    expect(handoffMentality.evaluate(contractFacts({ terms: { governance } }), NOW).status).toBe('pass');
    const reviewed = handoffMentality.evaluate(
      contractFacts({ ...live, terms: { governance }, lastGovernanceReviewAt: daysBefore(30) }),
      NOW,
    );
    expect(reviewed).toEqual({
      status: 'pass',
      evidence: ['last governance review 2026-05-02 (cadence 30 days)', '30 days ago'],
      recommendation: '',
    });
  });

  it('warns within twice the cadence, counting from go-live when there was no review', () => {
    expect(
      handoffMentality.evaluate(
        contractFacts({ ...live, terms: { governance }, lastGovernanceReviewAt: daysBefore(45) }),
        NOW,
      ).status,
    ).toBe('warn');
    const justLive = handoffMentality.evaluate(
      contractFacts({ status: 'live', liveAt: daysBefore(40), terms: { governance } }),
      NOW,
    );
    expect(justLive.status).toBe('warn');
    expect(justLive.evidence[0]).toBe('no governance review since go-live 2026-04-22 (cadence 30 days)');
  });

  it('fails without a cadence, or live with nothing within twice the cadence', () => {
    expect(handoffMentality.evaluate(contractFacts(), NOW)).toMatchObject({
      status: 'fail',
      evidence: ['governance.reviewCadenceDays not set'],
    });
    expect(
      handoffMentality.evaluate(
        contractFacts({ ...live, terms: { governance }, lastGovernanceReviewAt: daysBefore(61) }),
        NOW,
      ).status,
    ).toBe('fail');
  });
});

describe('item 5 onboarding', () => {
  const liveAt = '2026-03-01T00:00:00.000Z';
  const done = {
    product_walkthrough: '2026-02-01T00:00:00.000Z',
    real_case_training: '2026-02-10T00:00:00.000Z',
    shadowing: '2026-02-20T00:00:00.000Z',
    documentation_access: liveAt,
  };

  it('passes with all four done by go-live (or before going live)', () => {
    expect(onboarding.evaluate(contractFacts({ milestones: done, liveAt, status: 'live' }), NOW).status).toBe('pass');
    expect(onboarding.evaluate(contractFacts({ milestones: done }), NOW).status).toBe('pass');
  });

  it('warns when not live and some are missing', () => {
    const { product_walkthrough, real_case_training, documentation_access } = done;
    const three = { product_walkthrough, real_case_training, documentation_access };
    expect(onboarding.evaluate(contractFacts({ milestones: three }), NOW)).toMatchObject({
      status: 'warn',
      evidence: ['milestones completed: 3 of 4', 'missing: shadowing', 'not live yet'],
    });
  });

  it('fails when live with one missing or completed after go-live', () => {
    const late = onboarding.evaluate(
      contractFacts({ milestones: { ...done, shadowing: '2026-03-05T00:00:00.000Z' }, liveAt, status: 'live' }),
      NOW,
    );
    expect(late.status).toBe('fail');
    expect(late.evidence).toContain('shadowing completed 2026-03-05, after go-live 2026-03-01');
    expect(onboarding.evaluate(contractFacts({ liveAt, status: 'live' }), NOW).status).toBe('fail');
  });
});

describe('item 6 escalation_logic', () => {
  const ladder = [{ authority: 'refunds' }, { authority: 'service credits' }];
  const rule = { name: 'Breach ladder', enabled: true, levels: ladder, definedAt: '2026-02-01T00:00:00.000Z' };
  const liveAt = '2026-03-01T00:00:00.000Z';

  it('passes with an enabled two-level ladder with authority defined before go-live', () => {
    expect(escalationLogic.evaluate(contractFacts({ escalationRules: { r: rule }, liveAt }), NOW)).toEqual({
      status: 'pass',
      evidence: ["rule 'Breach ladder': 2 levels, all with authority, defined 2026-02-01 (before go-live 2026-03-01)"],
      recommendation: '',
    });
  });

  it('warns for one level, a level without authority, or a rule defined after go-live', () => {
    expect(
      escalationLogic.evaluate(contractFacts({ escalationRules: { r: { ...rule, levels: [ladder[0]] } } }), NOW)
        .evidence,
    ).toEqual(["rule 'Breach ladder': 1 level"]);
    expect(
      escalationLogic.evaluate(contractFacts({ escalationRules: { r: { ...rule, levels: [ladder[0], {}] } } }), NOW)
        .status,
    ).toBe('warn');
    const late = escalationLogic.evaluate(
      contractFacts({ escalationRules: { r: { ...rule, definedAt: '2026-03-02T00:00:00.000Z' } }, liveAt }),
      NOW,
    );
    expect(late).toMatchObject({
      status: 'warn',
      evidence: ["rule 'Breach ladder': defined 2026-03-02, after go-live 2026-03-01"],
    });
  });

  it('fails when the only rule is disabled', () => {
    expect(
      escalationLogic.evaluate(contractFacts({ escalationRules: { r: { ...rule, enabled: false } } }), NOW).status,
    ).toBe('fail');
  });
});

describe('item 7 qa_program', () => {
  const qaPlan = { monthlyReviewTarget: 3, calibrationCadenceDays: 14 };
  const reviews = [daysBefore(1), daysBefore(10), daysBefore(29)];
  const calibration = { group: 'cal-1', at: daysBefore(7) };
  const live = { status: 'live' as const, liveAt: daysBefore(90) };
  const qa = (recentReviewTimes: string[], lastCalibration: typeof calibration | null) => ({
    recentReviewTimes,
    reviewsPerCalibrationGroup: {},
    lastCalibration,
  });

  it('passes with the target met in the last 30 days and a calibration within the cadence', () => {
    expect(
      qaProgram.evaluate(contractFacts({ ...live, terms: { qaPlan }, qa: qa(reviews, calibration) }), NOW),
    ).toEqual({
      status: 'pass',
      evidence: [
        '3 reviews in the last 30 days (target 3)',
        "last calibration group 'cal-1' 2026-05-25 (cadence 14 days)",
      ],
      recommendation: '',
    });
  });

  it('warns when one condition holds, or before go-live', () => {
    const oldReview = [daysBefore(1), daysBefore(10), daysBefore(31)];
    const verdict = qaProgram.evaluate(
      contractFacts({ ...live, terms: { qaPlan }, qa: qa(oldReview, calibration) }),
      NOW,
    );
    expect(verdict).toMatchObject({
      status: 'warn',
      evidence: ['2 reviews in the last 30 days (target 3)', expect.any(String)],
    });
    expect(verdict.recommendation).toBe('Review at least 3 interactions a month.');
    expect(qaProgram.evaluate(contractFacts({ terms: { qaPlan }, qa: qa([], null) }), NOW).status).toBe('warn');
  });

  it('fails without a plan, or live with neither condition', () => {
    expect(qaProgram.evaluate(contractFacts(), NOW)).toMatchObject({ status: 'fail', evidence: ['no qaPlan'] });
    const stale = qaProgram.evaluate(
      contractFacts({ ...live, terms: { qaPlan }, qa: qa([], { group: 'cal-1', at: daysBefore(15) }) }),
      NOW,
    );
    expect(stale.status).toBe('fail');
  });
});
