import { Clock } from '@vendorwatch/event-store';
import { bearer, userWithRole } from './helpers/auth';
import { startTestApp, TestApp } from './helpers/test-app';
import { answers, SCORECARD_V1, SCORECARD_V2 } from './helpers/qa-fixtures';
import { vendorBody } from './helpers/vendors-fixtures';
import { minimalContract } from './helpers/contracts-fixtures';

const DAY_MS = 24 * 60 * 60 * 1000;
type User = { id: string; token: string };

describe('qa: reviews, disputes and the contract QA summary', () => {
  let t: TestApp;
  let procurement: User, reviewer: User, secondReviewer: User, vendorStaff: User;
  let contractId: string, otherContractId: string;
  let lastPosition = '0';

  const post = async (path: string, body: object, user: User) => {
    const res = await t.http.post(`/api/v1${path}`).set(bearer(user.token)).send(body);
    if (res.status === 201) lastPosition = res.body.position;
    return res;
  };
  const get = (path: string, user: User) =>
    t.http.get(`/api/v1${path}`).set(bearer(user.token)).set('X-Min-Position', lastPosition);

  beforeAll(async () => {
    t = await startTestApp();
    [procurement, reviewer, secondReviewer] = await Promise.all([
      userWithRole(t, 'procurement'),
      userWithRole(t, 'qa_reviewer'),
      userWithRole(t, 'qa_reviewer'),
    ]);
    const vendorId = (
      await post(
        '/vendors',
        vendorBody('Acme Support', { channels: ['chat', 'email'], languages: ['en'] }),
        procurement,
      ).then((r) => r.body)
    ).id;
    const otherVendorId = (
      await post(
        '/vendors',
        vendorBody('Globex Care', { channels: ['chat', 'email'], languages: ['en'] }),
        procurement,
      ).then((r) => r.body)
    ).id;
    vendorStaff = await userWithRole(t, 'vendor', { vendorId });
    const drafted = await post(
      '/contracts',
      minimalContract(vendorId, { qaPlan: { disputeWindowDays: 7 } }),
      procurement,
    );
    expect(drafted.status).toBe(201);
    contractId = drafted.body.id;
    otherContractId = (await post('/contracts', minimalContract(otherVendorId), procurement).then((r) => r.body)).id;
  });
  afterAll(() => t.close());

  it('scores reviews on two scorecard versions, handles disputes and acknowledgements, and summarizes them', async () => {
    const now = t.app.get(Clock).now();
    const yesterday = new Date(now.getTime() - DAY_MS).toISOString();
    const twoMonthsAgo = new Date(now.getTime() - 60 * DAY_MS).toISOString();
    const from = new Date(now.getTime() - 7 * DAY_MS).toISOString().slice(0, 10);
    const to = now.toISOString().slice(0, 10);
    const interaction = (externalId: string, occurredAt = yesterday) => ({ externalId, channel: 'chat', occurredAt });
    const submit = async (by: User, body: object, contract = contractId) => {
      const res = await post('/qa-reviews', { contractId: contract, scorecardId, ...body }, by);
      expect(res.status).toBe(201);
      return res.body.id as string;
    };

    const published = await post('/scorecards', SCORECARD_V1, reviewer);
    expect(published.status).toBe(201);
    expect(published.body).toEqual({ id: expect.any(String), version: 1, position: expect.stringMatching(/^\d+$/) });
    const scorecardId = published.body.id;

    // v1: greeting (w1, max 5), accuracy (w3, max 10), compliance (w2, max 1, critical)
    const r1 = await submit(reviewer, {
      interaction: interaction('T-100'),
      agentRef: 'agent-a',
      calibrationGroup: 'cal-1',
      answers: answers(['greeting', 4], ['accuracy', 7], ['compliance', 1]),
    }); // (0.8 + 2.1 + 2) / 6 = 81.7
    const r2 = await submit(secondReviewer, {
      interaction: interaction('T-100'),
      agentRef: 'agent-b',
      calibrationGroup: 'cal-1',
      answers: answers(['greeting', 5], ['accuracy', 9], ['compliance', 1]),
    }); // (1 + 2.7 + 2) / 6 = 95.0

    const revised = await post(`/scorecards/${scorecardId}/revisions`, SCORECARD_V2, reviewer);
    expect(revised.status).toBe(201);
    expect(revised.body).toMatchObject({ id: scorecardId, version: 2 });
    const stale = await post(
      '/qa-reviews',
      {
        contractId,
        scorecardId,
        interaction: interaction('T-1'),
        agentRef: 'agent-a',
        answers: answers(['greeting', 4], ['accuracy', 7], ['compliance', 1]),
      },
      reviewer,
    );
    expect(stale.status).toBe(422);
    expect(stale.body.message).toBe('"accuracy" is not a criterion of this scorecard version.');
    const byVendor = await post(
      '/qa-reviews',
      {
        contractId,
        scorecardId,
        interaction: interaction('T-1'),
        agentRef: 'a',
        answers: answers(['greeting', 4], ['empathy', 3], ['compliance', 1]),
      },
      vendorStaff,
    );
    expect(byVendor.status).toBe(403);

    // v2: greeting (w1, max 5), empathy (w2, max 4), compliance (w2, max 1, critical)
    const r3 = await submit(reviewer, {
      interaction: interaction('T-200'),
      agentRef: 'agent-a',
      calibrationGroup: 'cal-3',
      answers: answers(['greeting', null], ['empathy', 2], ['compliance', 0]),
    }); // critical at 0: auto-fail, 0
    const r4 = await submit(reviewer, {
      interaction: interaction('T-300'),
      agentRef: 'agent-b',
      calibrationGroup: 'cal-2',
      answers: answers(['greeting', 3], ['empathy', 3], ['compliance', 1]),
    }); // (0.6 + 1.5 + 2) / 5 = 82.0
    await submit(secondReviewer, {
      interaction: interaction('T-300'),
      agentRef: 'agent-c',
      calibrationGroup: 'cal-2',
      answers: answers(['greeting', 5], ['empathy', 4], ['compliance', 1]),
    }); // 100
    await submit(reviewer, {
      interaction: interaction('T-050', twoMonthsAgo),
      agentRef: 'agent-c',
      answers: answers(['greeting', 1], ['empathy', 1], ['compliance', 1]),
    }); // 54.0, before `from`: not summarized
    const otherVendorsReview = await submit(
      reviewer,
      {
        interaction: interaction('G-1'),
        agentRef: 'agent-z',
        answers: answers(['greeting', 5], ['empathy', 4], ['compliance', 1]),
      },
      otherContractId,
    );

    expect((await post(`/qa-reviews/${r4}/disputes`, { reason: 'Empathy was shown twice.' }, vendorStaff)).status).toBe(
      201,
    );
    const again = await post(`/qa-reviews/${r4}/disputes`, { reason: 'Once more.' }, vendorStaff);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('DISPUTE_ALREADY_OPEN');
    expect(
      (await post(`/qa-reviews/${r3}/disputes`, { reason: 'Identity was verified by SMS.' }, vendorStaff)).status,
    ).toBe(201);
    expect(
      (await post(`/qa-reviews/${otherVendorsReview}/disputes`, { reason: 'Not ours.' }, vendorStaff)).status,
    ).toBe(404);

    const byAuthor = await post(
      `/qa-reviews/${r4}/dispute-resolution`,
      { outcome: 'upheld', note: 'Mine stands.' },
      reviewer,
    );
    expect(byAuthor.status).toBe(409);
    expect(byAuthor.body.code).toBe('RESOLVER_IS_REVIEWER');
    const amended = await post(
      `/qa-reviews/${r4}/dispute-resolution`,
      { outcome: 'amended', note: 'Agreed.', answers: answers(['greeting', 4], ['empathy', 4], ['compliance', 1]) },
      secondReviewer,
    ); // (0.8 + 2 + 2) / 5 = 96.0
    expect(amended.status).toBe(201);
    expect(
      (
        await post(
          `/qa-reviews/${r3}/dispute-resolution`,
          { outcome: 'upheld', note: 'No record of SMS.' },
          secondReviewer,
        )
      ).status,
    ).toBe(201);

    expect((await post(`/qa-reviews/${r1}/acknowledgement`, { note: 'Coached on 3 March.' }, vendorStaff)).status).toBe(
      201,
    );
    expect((await post(`/qa-reviews/${r4}/acknowledgement`, {}, vendorStaff)).status).toBe(201);

    // The contract's window is 7 days (not the default 14): 8 days later it has closed.
    t.app.get(Clock).advance(8 * DAY_MS);
    const late = await post(`/qa-reviews/${r2}/disputes`, { reason: 'Too late?' }, vendorStaff);
    expect(late.status).toBe(409);
    expect(late.body.message).toMatch(/dispute window of 7 days closed/);
    expect(late.body.code).toBe('DISPUTE_WINDOW_CLOSED');

    /*
     * Summarized (interaction within [from, to]): r1 81.7, r2 95.0, r3 0 (auto-fail), r4 96.0 (amended from 82.0), r5 100.
     * averageScore = (81.7 + 95 + 0 + 96 + 100) / 5 = 372.7 / 5 = 74.54 → 74.5
     * autoFailRate = 1/5 = 0.2; disputeRate = 2/5 (r3, r4) = 0.4; overturnRate = 1 amended / 2 disputed = 0.5;
     * acknowledgedRate = 2/5 (r1, r4) = 0.4
     * byAgent: agent-a r1, r3 → (81.7 + 0) / 2 = 40.85 → 40.9, 1 auto-fail; agent-b r2, r4 → (95 + 96) / 2 = 95.5;
     *          agent-c r5 → 100
     * calibration: cal-1 {81.7, 95} spread 13.3; cal-2 {96, 100} spread 4.0; cal-3 has one review and does not count
     *          → groups 2, meanSpread (13.3 + 4) / 2 = 8.65 → 8.7, maxSpread 13.3
     */
    const summary = await get(`/contracts/${contractId}/qa-summary?from=${from}&to=${to}`, vendorStaff);
    expect(summary.status).toBe(200);
    expect(summary.body).toEqual({
      contractId,
      from,
      to,
      reviews: 5,
      averageScore: 74.5,
      autoFailRate: 0.2,
      disputeRate: 0.4,
      overturnRate: 0.5,
      acknowledgedRate: 0.4,
      byAgent: [
        { agentRef: 'agent-a', reviews: 2, averageScore: 40.9, autoFails: 1 },
        { agentRef: 'agent-b', reviews: 2, averageScore: 95.5, autoFails: 0 },
        { agentRef: 'agent-c', reviews: 1, averageScore: 100, autoFails: 0 },
      ],
      calibration: { groups: 2, meanSpread: 8.7, maxSpread: 13.3 },
    });

    const detail = await get(`/qa-reviews/${r4}`, vendorStaff);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({
      id: r4,
      contractId,
      scorecardId,
      scorecardVersion: 2,
      status: 'acknowledged',
      score: 96,
      originalScore: 82,
      autoFailed: false,
      reviewerId: reviewer.id,
      resolution: { outcome: 'amended', previousScore: 82, resolvedBy: secondReviewer.id },
      version: 4,
    });
    expect((await get(`/qa-reviews/${r1}`, vendorStaff)).body).toMatchObject({
      scorecardVersion: 1,
      score: 81.7,
      status: 'acknowledged',
    });

    const history = await get(`/qa-reviews/${r4}/history`, vendorStaff);
    expect(history.body.items.map((e: { type: string }) => e.type)).toEqual([
      'QaReviewSubmitted',
      'QaReviewDisputed',
      'QaDisputeResolved',
      'QaFeedbackAcknowledged',
    ]);
    expect(history.body.items[2].data).toMatchObject({
      reviewId: r4,
      contractId,
      outcome: 'amended',
      score: 96,
      autoFailed: false,
    });
  });

  it('confines vendor users to their own reviews and filters the list', async () => {
    const mine = await get('/qa-reviews?limit=50', vendorStaff);
    expect(mine.status).toBe(200);
    expect(mine.body.total).toBe(6);
    expect(new Set(mine.body.items.map((r: { contractId: string }) => r.contractId))).toEqual(new Set([contractId]));

    const [othersReview] = (await get(`/qa-reviews?contractId=${otherContractId}`, reviewer)).body.items;
    expect(othersReview.agentRef).toBe('agent-z');
    expect((await get(`/qa-reviews/${othersReview.id}`, vendorStaff)).status).toBe(404);
    expect((await get(`/qa-reviews/${othersReview.id}/history`, vendorStaff)).status).toBe(404);
    expect((await get(`/contracts/${otherContractId}/qa-summary`, vendorStaff)).status).toBe(404);

    const agentC = await get(`/qa-reviews?contractId=${contractId}&agentRef=agent-c`, reviewer);
    expect(agentC.body.total).toBe(2);
    const monthAgo = new Date(t.app.get(Clock).now().getTime() - 30 * DAY_MS).toISOString().slice(0, 10);
    const older = await get(`/qa-reviews?agentRef=agent-c&to=${monthAgo}`, reviewer);
    expect(older.body.items.map((r: { score: number }) => r.score)).toEqual([54]); // (0.2 + 0.5 + 2) / 5
    const recent = await get(`/qa-reviews?agentRef=agent-c&from=${monthAgo}&status=submitted`, reviewer);
    expect(recent.body.items.map((r: { score: number }) => r.score)).toEqual([100]);
    const resolved = await get(`/qa-reviews?status=resolved`, reviewer);
    expect(resolved.body.items.map((r: { autoFailed: boolean; score: number }) => [r.autoFailed, r.score])).toEqual([
      [true, 0],
    ]);
  });

  it('lists scorecards with every version kept', async () => {
    const list = await get('/scorecards', vendorStaff);
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ total: 1, limit: 50, offset: 0 });
    const [scorecard] = list.body.items;
    expect(scorecard).toMatchObject({ name: 'Chat quality (2026)', version: 2 });
    expect(
      scorecard.revisions.map((r: { version: number; criteria: { key: string }[] }) => [
        r.version,
        r.criteria.map((c) => c.key),
      ]),
    ).toEqual([
      [1, ['greeting', 'accuracy', 'compliance']],
      [2, ['greeting', 'empathy', 'compliance']],
    ]);
    const history = await get(`/scorecards/${scorecard.id}/history`, reviewer);
    expect(history.body.items.map((e: { type: string }) => e.type)).toEqual(['ScorecardPublished', 'ScorecardRevised']);
  });

  it('rejects unanswered, duplicate and out-of-range answers with 422', async () => {
    const scorecard = (await get('/scorecards', reviewer)).body.items[0];
    const base = {
      contractId,
      scorecardId: scorecard.id,
      interaction: { externalId: 'T-9', channel: 'chat', occurredAt: '2026-03-01T10:00:00Z' },
      agentRef: 'a',
    };
    const missing = await post('/qa-reviews', { ...base, answers: answers(['greeting', 4], ['empathy', 3]) }, reviewer);
    expect(missing.status).toBe(422);
    expect(missing.body.message).toBe(
      'Every criterion must be answered (null when not applicable); missing: compliance.',
    );
    const duplicate = await post(
      '/qa-reviews',
      { ...base, answers: answers(['greeting', 4], ['greeting', 3], ['empathy', 3], ['compliance', 1]) },
      reviewer,
    );
    expect(duplicate.status).toBe(422);
    const allNull = await post(
      '/qa-reviews',
      { ...base, answers: answers(['greeting', null], ['empathy', null], ['compliance', null]) },
      reviewer,
    );
    expect(allNull.status).toBe(422);
    const tooHigh = await post(
      '/qa-reviews',
      { ...base, answers: answers(['greeting', 6], ['empathy', 3], ['compliance', 1]) },
      reviewer,
    );
    expect(tooHigh.status).toBe(422);
    // The contract covers chat and email: a voice call is not one of its interactions.
    const voice = await post(
      '/qa-reviews',
      {
        ...base,
        interaction: { ...base.interaction, channel: 'voice' },
        answers: answers(['greeting', 4], ['empathy', 3], ['compliance', 1]),
      },
      reviewer,
    );
    expect([voice.status, voice.body.code]).toEqual([422, 'CHANNEL_NOT_IN_CONTRACT']);
    expect(voice.body.message).toBe(
      `Contract ${contractId} covers chat, email; a voice interaction is not one of its interactions.`,
    );
    const unknownContract = await post(
      '/qa-reviews',
      { ...base, contractId: 'no-such-contract', answers: answers(['greeting', 4], ['empathy', 3], ['compliance', 1]) },
      reviewer,
    );
    expect(unknownContract.status).toBe(422);
  });
});
