import { EscalationDeadlineJob } from '@vendorwatch/escalations';
import { Clock } from '@vendorwatch/event-store';
import { bearer } from './helpers/auth';
import { eventually } from './helpers/eventually';
import {
  defineRule,
  escalationsOf,
  EscalationsWorld,
  historyTypes,
  measure,
  newContract,
  newSla,
  post,
  startWorld,
} from './helpers/escalations-fixtures';

const MINUTE = 60_000;

describe('escalations: the deadline clock', () => {
  let w: EscalationsWorld;
  let clock: Clock;
  let job: EscalationDeadlineJob;
  beforeAll(async () => {
    w = await startWorld();
    clock = w.t.app.get(Clock);
    job = w.t.app.get(EscalationDeadlineJob);
  });
  afterEach(() => clock.reset());
  afterAll(() => w.t.close());

  /** A fresh escalation at level 1 (a one-breach rule and one breach), as the read model shows it. */
  async function openEscalation() {
    const { contractId } = await newContract(w);
    const slaId = await newSla(w, contractId);
    await defineRule(w, contractId, { type: 'sla_breach', consecutiveBreaches: 1 });
    const position = await measure(w, slaId, '2026-03-02', 40);
    const { items } = await escalationsOf(w, contractId, position);
    expect(items).toHaveLength(1);
    return items[0];
  }

  async function history(id: string) {
    const res = await w.t.http.get(`/api/v1/escalations/${id}/history`).set(bearer(w.ops)).expect(200);
    return res.body.items as { type: string; position: string; data: Record<string, unknown> }[];
  }

  it('raises an unacknowledged escalation to level 2 at its deadline, then marks it overdue once past the last level', async () => {
    const escalation = await openEscalation();
    clock.set(new Date(Date.parse(escalation.dueAt) - MINUTE));
    await job.run();
    expect(await historyTypes(w, escalation.id)).toEqual(['EscalationOpened']);

    const raisedAt = new Date(Date.parse(escalation.dueAt) + 1000);
    clock.set(raisedAt);
    await job.run();
    const [, raised] = await history(escalation.id);
    expect(raised).toMatchObject({
      type: 'EscalationLevelRaised',
      data: {
        level: 2,
        notify: 'ops-director@acme.example',
        authority: 'Director of Support Operations',
        dueAt: new Date(raisedAt.getTime() + 120 * MINUTE).toISOString(),
      },
    });

    clock.advance(120 * MINUTE + 1000);
    await job.run();
    await job.run();
    clock.advance(24 * 60 * MINUTE);
    await job.run();
    const events = await history(escalation.id);
    expect(events.map((e) => e.type)).toEqual(['EscalationOpened', 'EscalationLevelRaised', 'EscalationOverdue']);
    expect(events[2].data).toMatchObject({ level: 2, missedDueAt: raised.data.dueAt });

    const shown = await eventually(async () => {
      const res = await w.t.http
        .get(`/api/v1/escalations/${escalation.id}`)
        .set(bearer(w.ops))
        .set('X-Min-Position', events[2].position);
      if (res.status !== 200) throw new Error(`GET /escalations/:id answered ${res.status}`);
      return res.body;
    });
    expect(shown).toMatchObject({ status: 'open', overdue: true, level: 2, dueAt: raised.data.dueAt });
  });

  it('does not raise an acknowledged escalation', async () => {
    const escalation = await openEscalation();
    await post(w, w.ops, `/escalations/${escalation.id}/acknowledge`, { note: 'On it.' });
    clock.set(new Date(Date.parse(escalation.dueAt) + 10 * 60 * MINUTE));
    await job.run();
    expect(await historyTypes(w, escalation.id)).toEqual(['EscalationOpened', 'EscalationAcknowledged']);
  });

  it('is registered with the worker, checking at least every 30 seconds', () => {
    expect(job.intervalMs).toBeLessThanOrEqual(30_000);
  });
});
