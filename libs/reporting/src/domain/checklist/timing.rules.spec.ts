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
      evidence: ['Last governance review on 2026-05-02 (agreed every 30 days)', '30 days ago'],
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
    expect(justLive.evidence[0]).toBe('No governance review since go-live on 2026-04-22 (agreed every 30 days)');
  });

  it('fails without a cadence, or live with nothing within twice the cadence', () => {
    expect(handoffMentality.evaluate(contractFacts(), NOW)).toMatchObject({
      status: 'fail',
      evidence: ['No governance review cadence agreed'],
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
      evidence: ['3 of 4 onboarding milestones completed', 'Not completed: shadowing', 'Not live yet'],
    });
  });

  it('fails when live with one missing or completed after go-live', () => {
    const late = onboarding.evaluate(
      contractFacts({ milestones: { ...done, shadowing: '2026-03-05T00:00:00.000Z' }, liveAt, status: 'live' }),
      NOW,
    );
    expect(late.status).toBe('fail');
    expect(late.evidence).toContain('Shadowing completed on 2026-03-05, after go-live on 2026-03-01');
    expect(onboarding.evaluate(contractFacts({ liveAt, status: 'live' }), NOW).status).toBe('fail');
  });
});

describe('item 5 onboarding advice', () => {
  const liveAt = '2026-03-01T00:00:00.000Z';

  it('once live, asks to catch up now or to check what was learned late, never to finish before go-live', () => {
    const missing = onboarding.evaluate(contractFacts({ liveAt, status: 'live' }), NOW);
    expect(missing.recommendation).toMatch(/^The vendor already handles customers: schedule product walkthrough,/);
    const done = Object.fromEntries(
      ['product_walkthrough', 'real_case_training', 'shadowing', 'documentation_access'].map((m) => [m, '2026-02-20']),
    );
    const late = onboarding.evaluate(
      contractFacts({ liveAt, status: 'live', milestones: { ...done, shadowing: '2026-03-05T00:00:00.000Z' } }),
      NOW,
    );
    expect(late.recommendation).toMatch(/^Shadowing came after go-live: check what the agents learned late/);
    for (const verdict of [missing, late]) expect(verdict.recommendation).not.toMatch(/before the vendor handles/);
  });
});

describe('item 6 escalation_logic', () => {
  const ladder = [{ authority: 'refunds' }, { authority: 'service credits' }];
  const rule = { name: 'Breach ladder', enabled: true, levels: ladder, definedAt: '2026-02-01T00:00:00.000Z' };
  const liveAt = '2026-03-01T00:00:00.000Z';

  it('passes with an enabled two-level ladder with authority defined before go-live', () => {
    expect(escalationLogic.evaluate(contractFacts({ escalationRules: { r: rule }, liveAt }), NOW)).toEqual({
      status: 'pass',
      evidence: [
        "Escalation rule 'Breach ladder': 2 levels, each with someone who has the authority to decide, agreed on 2026-02-01 (before go-live on 2026-03-01)",
      ],
      recommendation: '',
    });
  });

  it('warns for one level, a level without authority, or a rule defined after go-live', () => {
    expect(
      escalationLogic.evaluate(contractFacts({ escalationRules: { r: { ...rule, levels: [ladder[0]] } } }), NOW)
        .evidence,
    ).toEqual(["Escalation rule 'Breach ladder': only 1 level"]);
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
      evidence: ["Escalation rule 'Breach ladder': agreed on 2026-03-02, after go-live on 2026-03-01"],
    });
  });

  it('advises what can still be done: before go-live, complete and agree it; once live, never "before go-live"', () => {
    const oneLevel = { r: { ...rule, levels: [ladder[0]] } };
    expect(escalationLogic.evaluate(contractFacts({ escalationRules: oneLevel }), NOW).recommendation).toBe(
      "Give the escalation rule 'Breach ladder' a second level before go-live.",
    );
    const liveOneLevel = escalationLogic.evaluate(
      contractFacts({ escalationRules: oneLevel, liveAt, status: 'live' }),
      NOW,
    );
    expect(liveOneLevel.recommendation).toMatch(/^Give the escalation rule 'Breach ladder' a second level now/);
    const lateButComplete = escalationLogic.evaluate(
      contractFacts({
        escalationRules: { r: { ...rule, definedAt: '2026-03-02T00:00:00.000Z' } },
        liveAt,
        status: 'live',
      }),
      NOW,
    );
    expect(lateButComplete.recommendation).toBe(
      "Walk the vendor's team through the ladder and rehearse one escalation, since it was not in place when they started.",
    );
    const none = escalationLogic.evaluate(contractFacts({ liveAt, status: 'live' }), NOW);
    expect(none.status).toBe('fail');
    expect(none.recommendation).toContain('now: the contract is already live');
    for (const verdict of [liveOneLevel, lateButComplete, none])
      expect(verdict.recommendation).not.toMatch(/before go-live/);
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
        '3 QA reviews in the last 30 days (target 3 a month)',
        "Last calibration session 'cal-1' on 2026-05-25 (agreed every 14 days)",
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
      evidence: ['2 QA reviews in the last 30 days (target 3 a month)', expect.any(String)],
    });
    expect(verdict.recommendation).toBe('Review at least 3 interactions a month.');
    expect(qaProgram.evaluate(contractFacts({ terms: { qaPlan }, qa: qa([], null) }), NOW).status).toBe('warn');
  });

  it('fails without a plan, or live with neither condition', () => {
    expect(qaProgram.evaluate(contractFacts(), NOW)).toMatchObject({
      status: 'fail',
      evidence: ['No QA plan in the contract'],
    });
    const stale = qaProgram.evaluate(
      contractFacts({ ...live, terms: { qaPlan }, qa: qa([], { group: 'cal-1', at: daysBefore(15) }) }),
      NOW,
    );
    expect(stale.status).toBe('fail');
  });
});
