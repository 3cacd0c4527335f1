import { Logger } from '@nestjs/common';
import { EscalationDeadlineJob, EscalationView } from '@vendorwatch/escalations';
import { Clock } from '@vendorwatch/event-store';
import { MailDeliveryJob } from '@vendorwatch/notifications';
import { bearer } from './helpers/auth';
import { eventually } from './helpers/eventually';
import {
  defineRule,
  escalationHistory,
  EscalationsWorld,
  LEVELS,
  newContract,
  openEscalation,
  post,
  startWorld,
} from './helpers/escalations-fixtures';
import { settled } from './helpers/test-app';

const MINUTE = 60_000;

/** Ladders that start again and that demand resolution (SPEC §9); with no SMTP_URL, mail is logged, not sent. */
describe('escalations: ladders', () => {
  let w: EscalationsWorld;
  let clock: Clock;
  let deadlines: EscalationDeadlineJob;
  beforeAll(async () => {
    w = await startWorld();
    clock = w.t.app.get(Clock);
    deadlines = w.t.app.get(EscalationDeadlineJob);
  });
  afterEach(() => clock.reset());
  afterAll(() => w.t.close());

  const history = (id: string) => escalationHistory(w, id);

  /** Runs the deadline clock at `at`; answers the escalation as GET shows it after that (a 503 says retry). */
  async function clockAt(id: string, at: Date): Promise<EscalationView> {
    clock.set(at);
    await deadlines.run();
    const position = (await history(id)).at(-1)!.position;
    return eventually(async () => {
      const res = await w.t.http.get(`/api/v1/escalations/${id}`).set(bearer(w.ops)).set('X-Min-Position', position);
      if (res.status !== 200) throw new Error(`GET /escalations/:id answered ${res.status}`);
      return res.body as EscalationView;
    });
  }

  it('with repeat: 1, runs the ladder twice before it is overdue', async () => {
    let shown = await openEscalation(w, LEVELS, { repeat: 1 });
    const levels: number[] = [];
    for (let step = 0; step < 5; step++) {
      shown = await clockAt(shown.id, new Date(Date.parse(shown.dueAt) + 1000));
      levels.push(shown.level);
    }
    const events = await history(shown.id);
    expect(events.map((e) => e.type)).toEqual([
      'EscalationOpened',
      'EscalationLevelRaised',
      'EscalationRepeated',
      'EscalationLevelRaised',
      'EscalationOverdue',
    ]);
    expect(levels).toEqual([2, 1, 2, 2, 2]);
    expect(events[2].data).toMatchObject({ round: 1, level: 1, notify: LEVELS[0].notify, reason: 'not_acknowledged' });
    expect(shown).toMatchObject({ status: 'open', overdue: true, round: 1, level: 2 });
    expect(shown.timeline.map((e) => e.type)).toEqual(events.map((e) => e.type));
  }, 120_000);

  it('with resolveWithinMinutes, raises an acknowledged escalation left unresolved, which must be acknowledged again', async () => {
    const opened = await openEscalation(w, LEVELS, { resolveWithinMinutes: 30 });
    const ack = await post(w, w.ops, `/escalations/${opened.id}/acknowledge`, { note: 'Looking into it.' });
    await settled(w.t, ack.position);
    const acknowledged = (await w.t.http.get(`/api/v1/escalations/${opened.id}`).set(bearer(w.ops)).expect(200))
      .body as EscalationView;
    expect(acknowledged.status).toBe('acknowledged');
    const resolveBy = Date.parse(acknowledged.resolveBy!);

    expect((await clockAt(opened.id, new Date(resolveBy - MINUTE))).status).toBe('acknowledged');
    const raised = await clockAt(opened.id, new Date(resolveBy + 1000));
    expect(raised).toMatchObject({ status: 'open', level: 2, resolveBy: null });
    expect((await history(opened.id)).at(-1)).toMatchObject({
      type: 'EscalationLevelRaised',
      data: { level: 2, reason: 'not_resolved', dueAt: new Date(resolveBy + 1000 + 120 * MINUTE).toISOString() },
    });
    const ackAgain = await post(w, w.ops, `/escalations/${opened.id}/acknowledge`, { note: 'Director on it.' });
    await settled(w.t, ackAgain.position);

    const reacknowledged = (await history(opened.id)).at(-1)!;
    expect(reacknowledged).toMatchObject({ type: 'EscalationAcknowledged', data: { level: 2 } });
    const lastResolveBy = Date.parse(reacknowledged.data.resolveBy as string);
    const overdue = await clockAt(opened.id, new Date(lastResolveBy + 1000));
    expect(overdue).toMatchObject({ status: 'acknowledged', overdue: true, level: 2 });
    expect((await history(opened.id)).at(-1)).toMatchObject({
      type: 'EscalationOverdue',
      data: { reason: 'not_resolved' },
    });
  }, 120_000);

  it('keeps repeat, resolveWithinMinutes and recipients on the rule, revisable, and refuses malformed ones', async () => {
    const { contractId } = await newContract(w);
    const levels = [{ ...LEVELS[0], recipients: ['lead@vendor.example'] }];
    const ruleId = await defineRule(w, contractId, { type: 'qa_auto_fail', count: 1, windowDays: 7 }, levels, {
      repeat: 2,
    });
    const revised = await w.t.http
      .patch(`/api/v1/escalation-rules/${ruleId}`)
      .set(bearer(w.ops))
      .send({ repeat: 0, resolveWithinMinutes: 240 })
      .expect(200);
    const shown = await eventually(() =>
      w.t.http
        .get(`/api/v1/escalation-rules/${ruleId}`)
        .set(bearer(w.ops))
        .set('X-Min-Position', revised.body.position)
        .expect(200),
    );
    expect(shown.body).toMatchObject({ levels, repeat: 0, resolveWithinMinutes: 240, version: 2 });

    const bad = await w.t.http
      .patch(`/api/v1/escalation-rules/${ruleId}`)
      .set(bearer(w.ops))
      .send({ repeat: 11, resolveWithinMinutes: 0, levels: [{ ...LEVELS[0], recipients: ['user:bob', 'nobody'] }] })
      .expect(400);
    for (const problem of [
      'each of recipients must be an email address or user:<userId>',
      'repeat must not be greater than 10',
      'resolveWithinMinutes must not be less than 1',
    ])
      expect(bad.body.message).toContain(problem);
    const tooMany = Array.from({ length: 21 }, (_, i) => `p${i}@acme.example`);
    await w.t.http
      .patch(`/api/v1/escalation-rules/${ruleId}`)
      .set(bearer(w.ops))
      .send({ levels: [{ ...LEVELS[0], recipients: tooMany }] })
      .expect(400);
  });

  it('without SMTP_URL, logs the message and records it as not sent, and nothing crashes', async () => {
    const warnings = jest.spyOn(Logger.prototype, 'warn');
    const opened = await openEscalation(w, [{ ...LEVELS[0], recipients: ['lead@vendor.example'] }]);
    await settled(w.t, (await history(opened.id)).at(-1)!.position);
    await w.t.app.get(MailDeliveryJob).deliverDue();
    const failed = await eventually(async () => {
      const res = await w.t.http.get(`/api/v1/escalations/${opened.id}`).set(bearer(w.ops)).expect(200);
      const entry = (res.body as EscalationView).timeline.find((e) => e.type === 'EscalationNotificationFailed');
      if (!entry) throw new Error('no failed notification in the timeline yet');
      return entry;
    });
    expect(failed).toMatchObject({
      recipients: ['lead@vendor.example'],
      channel: 'email',
      level: 1,
      reason: 'SMTP_URL is not set: the message was logged, not sent.',
    });
    const logged = warnings.mock.calls.map(([message]) => String(message));
    expect(logged.some((m) => m.includes('To: lead@vendor.example') && m.includes(`/escalations/${opened.id}`))).toBe(
      true,
    );
    warnings.mockRestore();
    const health = await w.t.http.get('/api/v1/health').expect(200);
    expect(health.body).toMatchObject({ status: 'ok', mailOutbox: { depth: 0 } });
  });
});
