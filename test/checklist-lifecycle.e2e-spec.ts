import { Clock } from '@vendorwatch/event-store';
import {
  Actors,
  contractChecklist,
  draftContract,
  goLive,
  itemOf,
  write,
  startWithApprovedVendor,
} from './helpers/checklist-fixtures';
import { TestApp } from './helpers/test-app';

const DAY_MS = 86_400_000;
const LIVE_AT = '2026-03-02T09:00:00.000Z';

/** Items that follow the contract's life (3, 5, 6, 7); the server clock is moved for the time-based ones. */
describe('checklist: items that follow the contract lifecycle', () => {
  let t: TestApp;
  let actors: Actors;
  let admin: string;
  let vendorId: string;

  beforeAll(async () => ({ t, actors, admin, vendorId } = await startWithApprovedVendor()));
  beforeEach(() => t.app.get(Clock).set(LIVE_AT));
  afterAll(async () => {
    t.app.get(Clock).reset();
    await t.close();
  });

  const advanceDays = (days: number) => t.app.get(Clock).advance(days * DAY_MS);

  it('item 3 handoff_mentality: reviewed within the cadence → within 2× → beyond 2×', async () => {
    const { id } = await draftContract(t, actors, vendorId, { governance: { reviewCadenceDays: 30 } });
    const live = await goLive(t, actors, id, LIVE_AT);
    expect(itemOf(await contractChecklist(t, admin, id, live.position), 'handoff_mentality')).toMatchObject({
      status: 'warn',
      evidence: ['No governance review since go-live on 2026-03-02 (agreed every 30 days)', '0 days ago'],
    });
    const review = await write(t, actors.ops, 'post', `/contracts/${id}/governance-reviews`, {
      heldAt: LIVE_AT,
      attendees: ['ops', 'vendor lead'],
      summary: 'kick-off',
    });
    expect(itemOf(await contractChecklist(t, admin, id, review.position), 'handoff_mentality')).toEqual({
      key: 'handoff_mentality',
      title: 'Treating outsourcing as a handoff',
      status: 'pass',
      evidence: ['Last governance review on 2026-03-02 (agreed every 30 days)', '0 days ago'],
      recommendation: '',
    });
    advanceDays(45);
    const late = itemOf(await contractChecklist(t, admin, id, review.position), 'handoff_mentality');
    expect(late).toMatchObject({
      status: 'warn',
      evidence: ['Last governance review on 2026-03-02 (agreed every 30 days)', '45 days ago'],
    });
    expect(late.recommendation).toBe('Hold a governance review with the vendor now and then every 30 days.');
    advanceDays(16);
    expect(itemOf(await contractChecklist(t, admin, id, review.position), 'handoff_mentality')).toMatchObject({
      status: 'fail',
      evidence: [expect.any(String), '61 days ago'],
    });
  });

  it('item 3 fails without a cadence', async () => {
    const { id, position } = await draftContract(t, actors, vendorId);
    expect(itemOf(await contractChecklist(t, admin, id, position), 'handoff_mentality')).toMatchObject({
      status: 'fail',
      evidence: ['No governance review cadence agreed'],
    });
  });

  it('item 5 onboarding: some missing before go-live → all done → live with one missing, then completed late', async () => {
    const ready = await draftContract(t, actors, vendorId);
    const missing = await draftContract(t, actors, vendorId);
    const milestone = (contractId: string, name: string) =>
      write(t, actors.ops, 'post', `/contracts/${contractId}/onboarding-milestones`, { milestone: name });
    let three = { position: '0' };
    for (const name of ['product_walkthrough', 'real_case_training', 'documentation_access']) {
      three = await milestone(ready.id, name);
      await milestone(missing.id, name);
    }
    expect(itemOf(await contractChecklist(t, admin, ready.id, three.position), 'onboarding')).toMatchObject({
      status: 'warn',
      evidence: ['3 of 4 onboarding milestones completed', 'Not completed: shadowing', 'Not live yet'],
    });
    const four = await milestone(ready.id, 'shadowing');
    expect(itemOf(await contractChecklist(t, admin, ready.id, four.position), 'onboarding').status).toBe('pass');

    advanceDays(1);
    const live = await goLive(t, actors, missing.id, '2026-03-03T09:00:00.000Z');
    expect(itemOf(await contractChecklist(t, admin, missing.id, live.position), 'onboarding')).toMatchObject({
      status: 'fail',
      evidence: expect.arrayContaining(['Not completed: shadowing']),
    });
    advanceDays(1);
    const late = await milestone(missing.id, 'shadowing');
    expect(itemOf(await contractChecklist(t, admin, missing.id, late.position), 'onboarding')).toMatchObject({
      status: 'fail',
      evidence: [
        '4 of 4 onboarding milestones completed',
        'Shadowing completed on 2026-03-04, after go-live on 2026-03-03',
        'Live since 2026-03-03',
      ],
    });
  });

  it('item 6 escalation_logic: no rule → one level → two levels with authority → disabled; a rule after go-live warns', async () => {
    const { id, position } = await draftContract(t, actors, vendorId);
    expect(itemOf(await contractChecklist(t, admin, id, position), 'escalation_logic')).toMatchObject({
      status: 'fail',
      evidence: ['No enabled escalation rule'],
    });
    const rule = await write(t, actors.ops, 'post', '/escalation-rules', {
      contractId: id,
      name: 'Breach ladder',
      trigger: { type: 'sla_breach', consecutiveBreaches: 2 },
      severity: 'high',
      levels: [{ notify: 'ops@client.test', ackWithinMinutes: 60, authority: 'staffing changes' }],
    });
    expect(itemOf(await contractChecklist(t, admin, id, rule.position), 'escalation_logic')).toMatchObject({
      status: 'warn',
      evidence: ["Escalation rule 'Breach ladder': only 1 level"],
    });
    const revised = await write(t, actors.ops, 'patch', `/escalation-rules/${rule.id}`, {
      levels: [
        { notify: 'ops@client.test', ackWithinMinutes: 60, authority: 'staffing changes' },
        { notify: 'vp@client.test', ackWithinMinutes: 240, authority: 'service credits' },
      ],
    });
    expect(itemOf(await contractChecklist(t, admin, id, revised.position), 'escalation_logic')).toEqual({
      key: 'escalation_logic',
      title: 'No escalation logic',
      status: 'pass',
      evidence: [
        "Escalation rule 'Breach ladder': 2 levels, each with someone who has the authority to decide, agreed on 2026-03-02 (the contract is not live yet)",
      ],
      recommendation: '',
    });
    const disabled = await write(t, actors.ops, 'post', `/escalation-rules/${rule.id}/disable`, {
      reason: 'rewriting',
    });
    expect(itemOf(await contractChecklist(t, admin, id, disabled.position), 'escalation_logic').status).toBe('fail');

    const other = await draftContract(t, actors, vendorId);
    await goLive(t, actors, other.id, LIVE_AT);
    advanceDays(3);
    const late = await write(t, actors.ops, 'post', '/escalation-rules', {
      contractId: other.id,
      name: 'Late ladder',
      trigger: { type: 'sla_breach', consecutiveBreaches: 1 },
      severity: 'medium',
      levels: [
        { notify: 'ops@client.test', ackWithinMinutes: 30, authority: 'a' },
        { notify: 'vp@client.test', ackWithinMinutes: 60, authority: 'b' },
      ],
    });
    const lateItem = itemOf(await contractChecklist(t, admin, other.id, late.position), 'escalation_logic');
    expect(lateItem).toMatchObject({
      status: 'warn',
      evidence: ["Escalation rule 'Late ladder': agreed on 2026-03-05, after go-live on 2026-03-02"],
    });
    // Live: advice that can still be followed, not "agree it before go-live".
    expect(lateItem.recommendation).toBe(
      "Walk the vendor's team through the ladder and rehearse one escalation, since it was not in place when they started.",
    );
  });

  it('item 7 qa_program: no plan → live with neither → target met → calibrated → calibration stale → nothing recent', async () => {
    const bare = await draftContract(t, actors, vendorId);
    expect(itemOf(await contractChecklist(t, admin, bare.id, bare.position), 'qa_program')).toMatchObject({
      status: 'fail',
      evidence: ['No QA plan in the contract'],
    });

    const { id } = await draftContract(t, actors, vendorId, {
      qaPlan: { monthlyReviewTarget: 2, calibrationCadenceDays: 14 },
    });
    const live = await goLive(t, actors, id, LIVE_AT);
    expect(itemOf(await contractChecklist(t, admin, id, live.position), 'qa_program')).toMatchObject({
      status: 'fail',
      evidence: [
        '0 QA reviews in the last 30 days (target 2 a month)',
        'No calibration session yet (two reviewers scoring the same interactions)',
      ],
    });
    const scorecard = await write(t, actors.qa, 'post', '/scorecards', {
      name: 'Chat quality',
      criteria: [{ key: 'accuracy', label: 'Accurate answer', weight: 1, maxScore: 5 }],
    });
    const review = (token: string, externalId: string, calibrationGroup?: string) =>
      write(t, token, 'post', '/qa-reviews', {
        contractId: id,
        scorecardId: scorecard.id,
        interaction: { externalId, channel: 'chat', occurredAt: '2026-03-01T10:00:00.000Z' },
        agentRef: 'agent-7',
        answers: [{ criterionKey: 'accuracy', score: 4 }],
        ...(calibrationGroup ? { calibrationGroup } : {}),
      });
    await review(actors.qa, 'T-1');
    const target = await review(actors.qa, 'T-2');
    expect(itemOf(await contractChecklist(t, admin, id, target.position), 'qa_program')).toMatchObject({
      status: 'warn',
      evidence: [
        '2 QA reviews in the last 30 days (target 2 a month)',
        'No calibration session yet (two reviewers scoring the same interactions)',
      ],
      recommendation: 'Run a calibration session every 14 days.',
    });
    await review(actors.qa, 'T-3', 'cal-1');
    const calibrated = await review(actors.qa2, 'T-3', 'cal-1');
    const passing = await contractChecklist(t, admin, id, calibrated.position);
    expect(itemOf(passing, 'qa_program')).toEqual({
      key: 'qa_program',
      title: 'No QA program',
      status: 'pass',
      evidence: [
        '4 QA reviews in the last 30 days (target 2 a month)',
        "Last calibration session 'cal-1' on 2026-03-02 (agreed every 14 days)",
      ],
      recommendation: '',
    });
    advanceDays(15);
    expect(itemOf(await contractChecklist(t, admin, id, calibrated.position), 'qa_program').status).toBe('warn');
    advanceDays(16);
    const stale = await contractChecklist(t, admin, id, calibrated.position);
    expect(itemOf(stale, 'qa_program')).toMatchObject({
      status: 'fail',
      evidence: ['0 QA reviews in the last 30 days (target 2 a month)', expect.any(String)],
    });
    // Only item 2 passes (the evaluation); 8 fails as the vendor has live contracts and no roster: 11 fails × 2 = 22.
    expect(stale).toMatchObject({ riskScore: 22, grade: 'D' });
  });
});
