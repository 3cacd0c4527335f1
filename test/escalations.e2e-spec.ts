import { bearer, userWithRole } from './helpers/auth';
import { eventually } from './helpers/eventually';
import {
  defineRule,
  escalationsOf,
  EscalationsWorld,
  historyTypes,
  LEVELS,
  measure,
  newContract,
  newSla,
  post,
  startWorld,
} from './helpers/escalations-fixtures';

describe('escalations: triggers open, retrigger, acknowledge and resolve', () => {
  let w: EscalationsWorld;
  beforeAll(async () => (w = await startWorld()));
  afterAll(() => w.t.close());

  it('opens nothing after one breach, one escalation at level 1 after the second, and retriggers it on the third', async () => {
    const { contractId, vendorId } = await newContract(w);
    const slaId = await newSla(w, contractId);
    const ruleId = await defineRule(w, contractId, { type: 'sla_breach', consecutiveBreaches: 2 });

    let position = await measure(w, slaId, '2026-03-02', 70);
    expect((await escalationsOf(w, contractId, position)).total).toBe(0);

    position = await measure(w, slaId, '2026-03-09', 82.5);
    const afterSecond = await escalationsOf(w, contractId, position);
    expect(afterSecond.total).toBe(1);
    const [escalation] = afterSecond.items;
    expect(escalation).toMatchObject({
      ruleId,
      contractId,
      vendorId,
      subject: slaId,
      severity: 'high',
      status: 'open',
      level: 1,
      retriggerCount: 0,
      cause: {
        trigger: 'sla_breach',
        figures: {
          slaId,
          consecutiveBreaches: 2,
          breachedPeriods: ['2026-03-02T00:00:00.000Z', '2026-03-09T00:00:00.000Z'],
        },
      },
    });
    expect(Date.parse(escalation.dueAt) - Date.parse(escalation.openedAt)).toBe(60 * 60_000);
    // People read names, not ids; the ids stay in the figures.
    const detail = await w.t.http.get(`/api/v1/escalations/${escalation.id}`).set(bearer(w.ops)).expect(200);
    expect(detail.body.cause).toMatchObject({
      description:
        "SLA 'First response within 1h' of contract 'Chat support' breached its 2 latest measured periods (starting 2026-03-02, 2026-03-09).",
      names: { sla: 'First response within 1h', contract: 'Chat support' },
      figures: { slaId },
    });
    expect(escalation.cause.description).toBe(detail.body.cause.description);

    position = await measure(w, slaId, '2026-03-16', 75);
    const afterThird = await escalationsOf(w, contractId, position);
    expect(afterThird.total).toBe(1);
    expect(afterThird.items[0].retriggerCount).toBe(1);
    expect(await historyTypes(w, escalation.id)).toEqual(['EscalationOpened', 'EscalationRetriggered']);
  });

  it('skips insufficient data, and a disabled rule does not fire', async () => {
    const { contractId } = await newContract(w);
    const slaId = await newSla(w, contractId);
    const ruleId = await defineRule(w, contractId, { type: 'sla_breach', slaId, consecutiveBreaches: 2 });
    await measure(w, slaId, '2026-03-02', 70);
    let position = await measure(w, slaId, '2026-03-09', 10, 5);
    expect((await escalationsOf(w, contractId, position)).total).toBe(0);

    await post(w, w.ops, `/escalation-rules/${ruleId}/disable`, { reason: 'Contract under renegotiation' });
    position = await measure(w, slaId, '2026-03-16', 70);
    expect((await escalationsOf(w, contractId, position)).total).toBe(0);
  });

  it('fires no more for a terminated contract, whatever arrives after the termination', async () => {
    const { contractId, vendorId } = await newContract(w);
    const slaId = await newSla(w, contractId);
    await defineRule(w, contractId, { type: 'sla_breach', slaId, consecutiveBreaches: 2 });
    await defineRule(w, contractId, { type: 'attrition_above', annualizedPercent: 10 });
    await measure(w, slaId, '2026-03-02', 70);
    await post(w, w.admin, `/contracts/${contractId}/terminate`, {
      reason: 'Vendor exit',
      effectiveDate: '2026-03-31',
    });

    await measure(w, slaId, '2026-03-09', 70); // the second consecutive breach
    const roster = { month: '2026-03', headcountStart: 100, headcountEnd: 80, leavers: 30, hires: 10 };
    const { position } = await post(w, w.admin, `/vendors/${vendorId}/roster-reports`, roster);
    expect((await escalationsOf(w, contractId, position)).total).toBe(0);
  });

  it('fires qa_score_below and qa_auto_fail from QA reviews', async () => {
    const { contractId } = await newContract(w);
    const scoreRule = await defineRule(w, contractId, {
      type: 'qa_score_below',
      threshold: 75,
      windowDays: 30,
      minReviews: 2,
    });
    const autoFailRule = await defineRule(w, contractId, { type: 'qa_auto_fail', count: 1, windowDays: 7 });
    const scorecard = await post(w, w.admin, '/scorecards', {
      name: 'Chat quality',
      criteria: [
        { key: 'greeting', label: 'Greeting', weight: 1, maxScore: 5 },
        { key: 'compliance', label: 'Compliance', weight: 2, maxScore: 1, critical: true },
      ],
    });
    const review = async (greeting: number, compliance: number) => {
      const body = {
        contractId,
        scorecardId: scorecard.id,
        interaction: { externalId: `chat-${Math.random()}`, channel: 'chat', occurredAt: new Date().toISOString() },
        agentRef: 'agent-7',
        answers: [
          { criterionKey: 'greeting', score: greeting },
          { criterionKey: 'compliance', score: compliance },
        ],
      };
      return (await eventually(() => post(w, w.admin, '/qa-reviews', body))).position as string;
    };

    let position = await review(0, 1);
    expect((await escalationsOf(w, contractId, position)).total).toBe(0);
    position = await review(0, 1);
    const byScore = await escalationsOf(w, contractId, position);
    expect(byScore.items.map((e) => [e.ruleId, e.cause.figures.averageScore, e.cause.figures.reviews])).toEqual([
      [scoreRule, 66.7, 2],
    ]);

    position = await review(5, 0);
    const all = await escalationsOf(w, contractId, position);
    const autoFail = all.items.find((e) => e.ruleId === autoFailRule);
    expect(autoFail?.cause.figures.autoFailedReviews).toBe(1);
    expect(all.items.find((e) => e.ruleId === scoreRule)?.retriggerCount).toBe(1);
    expect(all.total).toBe(2);
  });

  it('fires attrition_above from a roster report of the contract vendor', async () => {
    const { contractId, vendorId } = await newContract(w);
    const ruleId = await defineRule(w, contractId, { type: 'attrition_above', annualizedPercent: 60 });
    let position = (
      await post(w, w.ops, `/vendors/${vendorId}/roster-reports`, {
        month: '2026-09',
        headcountStart: 100,
        headcountEnd: 100,
        leavers: 2,
        hires: 2,
      })
    ).position;
    expect((await escalationsOf(w, contractId, position)).total).toBe(0);
    position = (
      await post(w, w.ops, `/vendors/${vendorId}/roster-reports`, {
        month: '2026-10',
        headcountStart: 100,
        headcountEnd: 90,
        leavers: 10,
        hires: 0,
      })
    ).position;
    const { items } = await escalationsOf(w, contractId, position);
    expect(items.map((e) => [e.ruleId, e.subject, e.cause.figures.annualizedAttritionPercent])).toEqual([
      [ruleId, contractId, 126.3],
    ]);
  });

  it('lets the vendor acknowledge its own escalation, ops resolve it, and a new firing then opens a new one', async () => {
    const { contractId, vendorId } = await newContract(w);
    const slaId = await newSla(w, contractId);
    await defineRule(w, contractId, { type: 'sla_breach', consecutiveBreaches: 1 });
    let position = await measure(w, slaId, '2026-03-02', 50);
    const [escalation] = (await escalationsOf(w, contractId, position)).items;
    const vendorUser = await userWithRole(w.t, 'vendor', { vendorId });
    const otherVendor = await userWithRole(w.t, 'vendor');

    await w.t.http
      .post(`/api/v1/escalations/${escalation.id}/acknowledge`)
      .set(bearer(otherVendor.token))
      .send({})
      .expect(404);
    // With a stale If-Match too: a 412 would tell another vendor the escalation exists, and its version.
    const guessed = await w.t.http
      .post(`/api/v1/escalations/${escalation.id}/acknowledge`)
      .set(bearer(otherVendor.token))
      .set('If-Match', '99')
      .send({})
      .expect(404);
    expect(guessed.body.currentVersion).toBeUndefined();
    await w.t.http.get(`/api/v1/escalations/${escalation.id}`).set(bearer(otherVendor.token)).expect(404);
    expect((await escalationsOf(w, contractId, position, otherVendor.token)).total).toBe(0);
    expect((await escalationsOf(w, contractId, position, vendorUser.token)).total).toBe(1);
    await post(w, vendorUser.token, `/escalations/${escalation.id}/acknowledge`, { note: 'Hiring two night agents.' });
    const again = await w.t.http
      .post(`/api/v1/escalations/${escalation.id}/acknowledge`)
      .set(bearer(w.ops))
      .send({})
      .expect(409);
    expect(again.body.message).toBe(
      `Escalation ${escalation.id} is acknowledged; only an open one can be acknowledged.`,
    );
    await w.t.http
      .post(`/api/v1/escalations/${escalation.id}/resolve`)
      .set(bearer(vendorUser.token))
      .send({ resolution: 'x' })
      .expect(403);

    const resolved = await post(w, w.ops, `/escalations/${escalation.id}/resolve`, {
      resolution: 'Night shift staffed.',
    });
    const shown = await w.t.http
      .get(`/api/v1/escalations/${escalation.id}`)
      .set(bearer(w.ops))
      .set('X-Min-Position', resolved.position)
      .expect(200);
    expect(shown.body).toMatchObject({
      status: 'resolved',
      resolution: 'Night shift staffed.',
      acknowledgedAt: expect.any(String),
    });
    expect(shown.body.timeline.map((e: { type: string }) => e.type)).toEqual([
      'EscalationOpened',
      'EscalationAcknowledged',
      'EscalationResolved',
    ]);
    expect(shown.body.timeline[1]).toMatchObject({
      level: 1,
      note: 'Hiring two night agents.',
      actorId: vendorUser.id,
    });
    const twice = await w.t.http
      .post(`/api/v1/escalations/${escalation.id}/resolve`)
      .set(bearer(w.ops))
      .send({ resolution: 'x' })
      .expect(409);
    expect(twice.body.message).toBe(`Escalation ${escalation.id} is already resolved.`);

    position = await measure(w, slaId, '2026-03-09', 50);
    const { items } = await escalationsOf(w, contractId, position);
    expect(items.map((e) => e.status)).toEqual(['open', 'resolved']);
    const filtered = await w.t.http
      .get(`/api/v1/escalations?contractId=${contractId}&status=resolved&severity=high`)
      .set(bearer(w.ops))
      .expect(200);
    expect(filtered.body).toMatchObject({ total: 1, limit: 50, offset: 0, items: [{ id: escalation.id }] });
    // A list item is summarised: the timeline stays on GET /escalations/:id.
    expect(filtered.body.items[0].timeline).toBeUndefined();
    expect(filtered.body.items[0]).toMatchObject({ status: 'resolved', level: 1, timelineEntries: 3 });
  });

  it('validates, revises, disables and lists rules, keeping levels and definition time for the checklist', async () => {
    const { contractId } = await newContract(w);
    const other = await newContract(w);
    const otherSla = await newSla(w, other.contractId);
    const body = { contractId, name: 'Quality slump', severity: 'medium', levels: LEVELS };
    const bad = await w.t.http
      .post('/api/v1/escalation-rules')
      .set(bearer(w.ops))
      .send({ ...body, trigger: { type: 'qa_score_below', threshold: 120, windowDays: 30 } })
      .expect(400);
    expect(bad.body.message).toContain(
      'trigger.threshold must be a number from 0 to 100, trigger.minReviews is required for qa_score_below',
    );
    await w.t.http
      .post('/api/v1/escalation-rules')
      .set(bearer(w.ops))
      .send({ ...body, trigger: { type: 'sla_breach', consecutiveBreaches: 1 }, levels: [] })
      .expect(400);
    const foreignSla = await w.t.http
      .post('/api/v1/escalation-rules')
      .set(bearer(w.ops))
      .send({ ...body, trigger: { type: 'sla_breach', slaId: otherSla, consecutiveBreaches: 1 } })
      .expect(422);
    expect(foreignSla.body.message).toBe(`SLA ${otherSla} is not an SLA of contract ${contractId}.`);
    await w.t.http
      .post('/api/v1/escalation-rules')
      .set(bearer(w.admin))
      .send({ ...body, contractId: other.vendorId, trigger: { type: 'qa_auto_fail', count: 1, windowDays: 7 } })
      .expect(422);
    const qa = await userWithRole(w.t, 'qa_reviewer');
    await w.t.http
      .post('/api/v1/escalation-rules')
      .set(bearer(qa.token))
      .send({ ...body, trigger: { type: 'qa_auto_fail', count: 1, windowDays: 7 } })
      .expect(403);

    const ruleId = await defineRule(w, contractId, { type: 'sla_breach', consecutiveBreaches: 3 }, [LEVELS[0]]);
    const revised = await w.t.http
      .patch(`/api/v1/escalation-rules/${ruleId}`)
      .set(bearer(w.ops))
      .send({ levels: LEVELS, severity: 'critical' })
      .expect(200);
    expect(revised.body).toMatchObject({ id: ruleId, version: 2 });
    const badRevision = await w.t.http
      .patch(`/api/v1/escalation-rules/${ruleId}`)
      .set(bearer(w.ops))
      .send({ trigger: { type: 'qa_auto_fail', count: 0, windowDays: 7 }, contractId })
      .expect(400);
    expect(badRevision.body.message).toContain('trigger.count must be an integer ≥ 1');
    expect(badRevision.body.message).toContain('property contractId should not exist');
    const disabled = await post(w, w.ops, `/escalation-rules/${ruleId}/disable`, {});
    const disabledAgain = await w.t.http
      .post(`/api/v1/escalation-rules/${ruleId}/disable`)
      .set(bearer(w.ops))
      .send({})
      .expect(409);
    expect(disabledAgain.body.message).toBe(`Escalation rule ${ruleId} is already disabled.`);
    const stale = await w.t.http
      .post(`/api/v1/escalation-rules/${ruleId}/enable`)
      .set(bearer(w.ops))
      .set('If-Match', '2')
      .expect(412);
    expect(stale.body.currentVersion).toBe(3);
    const enabled = await post(w, w.ops, `/escalation-rules/${ruleId}/enable`, {});
    expect(enabled.version).toBe(4);

    const shown = await w.t.http
      .get(`/api/v1/escalation-rules/${ruleId}`)
      .set(bearer(w.ops))
      .set('X-Min-Position', enabled.position)
      .expect(200);
    expect(shown.body).toMatchObject({
      id: ruleId,
      contractId,
      status: 'enabled',
      severity: 'critical',
      levels: LEVELS,
      version: 4,
    });
    expect(Date.parse(shown.body.definedAt)).toBeLessThanOrEqual(Date.parse(shown.body.revisedAt));
    const list = await w.t.http
      .get(`/api/v1/escalation-rules?contractId=${contractId}&limit=1`)
      .set(bearer(w.ops))
      .set('X-Min-Position', disabled.position)
      .expect(200);
    expect(list.body).toMatchObject({ total: 1, limit: 1, offset: 0, items: [{ id: ruleId }] });
    const history = await w.t.http.get(`/api/v1/escalation-rules/${ruleId}/history`).set(bearer(w.ops)).expect(200);
    expect(history.body.items.map((e: { type: string }) => e.type)).toEqual([
      'EscalationRuleDefined',
      'EscalationRuleRevised',
      'EscalationRuleDisabled',
      'EscalationRuleEnabled',
    ]);
  });
});
