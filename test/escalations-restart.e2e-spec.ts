import { ESCALATION_TRIGGERS_PROCESS } from '@vendorwatch/escalations';
import {
  EventStore,
  Projection,
  ProjectionCheckpoints,
  ProjectionEngine,
  ProjectionRegistry,
} from '@vendorwatch/event-store';
import {
  defineRule,
  escalationsOf,
  EscalationsWorld,
  measure,
  newContract,
  newSla,
  post,
  startWorld,
} from './helpers/escalations-fixtures';

/** The trigger process survives a crash and a replay: exactly one escalation per firing, never none, never two. */
describe('escalations: a restarted or replayed trigger process', () => {
  let w: EscalationsWorld;
  let engine: ProjectionEngine;
  let triggers: Projection;
  beforeAll(async () => {
    w = await startWorld();
    engine = w.t.app.get(ProjectionEngine);
    triggers = w.t.app.get(ProjectionRegistry).get(ESCALATION_TRIGGERS_PROCESS);
  });
  afterAll(() => w.t.close());

  async function escalationEvents(type: string): Promise<number> {
    return (await w.t.app.get(EventStore).find({ streamType: 'Escalation', type }, { limit: 1, offset: 0 })).total;
  }

  it('loses no firing when the worker dies mid-batch, and adds none when restarted or rebuilt from zero', async () => {
    const { contractId } = await newContract(w);
    const slaId = await newSla(w, contractId);
    const other = await newContract(w);
    const otherSla = await newSla(w, other.contractId);
    await defineRule(w, contractId, { type: 'sla_breach', consecutiveBreaches: 2 });
    await defineRule(w, other.contractId, { type: 'sla_breach', consecutiveBreaches: 1 });

    await engine.stop();
    await measure(w, slaId, '2026-03-02', 60);
    await measure(w, slaId, '2026-03-09', 60);
    await measure(w, otherSla, '2026-03-02', 60);
    const last = await measure(w, slaId, '2026-03-16', 60);

    const crashing: Projection = {
      name: triggers.name,
      tables: triggers.tables,
      apply: async (events, manager) => {
        await triggers.apply(events, manager);
        throw new Error('worker killed before its checkpoint committed');
      },
    };
    await expect(engine.processBatch(crashing)).rejects.toThrow('worker killed');
    expect(await escalationEvents('EscalationOpened')).toBe(0);

    await engine.start();
    const mine = await escalationsOf(w, contractId, last);
    expect(mine.items.map((e) => [e.subject, e.retriggerCount])).toEqual([[slaId, 1]]);
    expect((await escalationsOf(w, other.contractId, last)).items.map((e) => e.subject)).toEqual([otherSla]);

    await post(w, w.ops, `/escalations/${mine.items[0].id}/resolve`, { resolution: 'Staffing fixed.' });
    await engine.stop();
    await engine.reset(triggers);
    await engine.start();
    const replayed = await w.t.app
      .get(ProjectionCheckpoints)
      .waitUntilProcessed([ESCALATION_TRIGGERS_PROCESS], last, 30_000);
    expect(replayed).toBe(true);
    expect(await escalationEvents('EscalationOpened')).toBe(2);
    expect(await escalationEvents('EscalationRetriggered')).toBe(1);
  });
});
