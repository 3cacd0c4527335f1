import { Clock, ProjectionRebuilder, ProjectionRegistry, queryRows } from '@vendorwatch/event-store';
import { ComputedMeasurements } from '@vendorwatch/slas';
import { DataSource } from 'typeorm';
import { bearer } from '../helpers/auth';
import {
  defineRule,
  escalationsOf,
  measure,
  newContract,
  newSla,
  post,
  startWorld,
} from '../helpers/escalations-fixtures';
import { csvOf, goodRow } from '../helpers/interactions-fixtures';
import { contractGoesLive } from '../helpers/vendors-fixtures';

/**
 * ADR 0006: rebuilding a projection repeats no side effect. Every asynchronous projection and process manager is
 * rebuilt over a world where each of them has reacted; a process manager that appends events refuses, the others
 * rebuild (and their queued re-measurements drain) without appending a single event.
 */
describe('rebuilding every projection and process manager', () => {
  let w: Awaited<ReturnType<typeof startWorld>>;
  const eventCount = async () =>
    (await queryRows<{ n: number }>(w.t.app.get(DataSource), `SELECT count(*)::int AS n FROM events`))[0].n;

  beforeAll(async () => {
    w = await startWorld();
    w.t.app.get(Clock).set('2026-03-20T00:00:00.000Z');
    const { vendorId, contractId } = await newContract(w);
    const slaId = await newSla(w, contractId);
    await defineRule(w, contractId, { type: 'sla_breach', slaId, consecutiveBreaches: 1 });
    const breach = await measure(w, slaId, '2026-03-02', 50);
    expect((await escalationsOf(w, contractId, breach)).total).toBe(1);

    const computed = await newSla(w, contractId); // FRT, computed from interactions
    await w.t.http
      .post(`/api/v1/contracts/${contractId}/interactions`)
      .set(bearer(w.ops))
      .set('Content-Type', 'text/csv')
      .send(csvOf([0, 1, 2, 3, 8, 9].map((k) => goodRow(k))))
      .expect(200);
    await post(w, w.admin, '/vendors', { name: 'Unused' }, 400); // a refused write appends nothing either
    await contractGoesLive(w.t, vendorId, crypto.randomUUID());
    await w.t.app.get(ComputedMeasurements).remeasureOpenPeriods();
    expect(computed).toBeDefined();
  });
  afterAll(() => w.t.close());

  it('refuses the process managers that append, and rebuilds the rest without appending', async () => {
    const registry = w.t.app.get(ProjectionRegistry);
    const rebuilder = w.t.app.get(ProjectionRebuilder);
    const appending = registry.all().filter((p) => p.appendsEvents);
    expect(appending.map((p) => p.name).sort()).toEqual(['escalation-triggers', 'vendor-activation']);

    const before = await eventCount();
    for (const projection of registry.all()) {
      if (projection.appendsEvents) {
        await expect(rebuilder.rebuild(projection.name)).rejects.toThrow(/appends events; rebuilding it would repeat/);
      } else {
        await rebuilder.rebuild(projection.name);
      }
    }
    for (const projection of registry.allInline()) await rebuilder.rebuild(projection.name);
    await w.t.app.get(ComputedMeasurements).remeasureOpenPeriods();
    expect(await eventCount()).toBe(before);
  });
});
