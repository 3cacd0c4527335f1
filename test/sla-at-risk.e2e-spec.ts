import { Clock } from '@vendorwatch/event-store';
import { ComputedMeasurements } from '@vendorwatch/slas';
import { DataSource } from 'typeorm';
import { bearer } from './helpers/auth';
import { eventually } from './helpers/eventually';
import { settled } from './helpers/test-app';
import {
  defineRule,
  escalationsOf,
  EscalationsWorld,
  LEVELS,
  newContract,
  newSla,
  post,
  startWorld,
} from './helpers/escalations-fixtures';

interface Row {
  externalId: string;
  channel: string;
  createdAt: string;
  firstResponseAt?: string;
}

interface Period {
  periodStart: string;
  value: number;
  sampleSize: number;
  outcome: string;
  provisional: boolean;
  atRisk?: boolean;
}

/** `count` chat records created at `createdAt`, answered `minutes` later (never, when undefined). */
const rows = (prefix: string, count: number, createdAt: string, minutes?: number): Row[] =>
  Array.from({ length: count }, (_, i) => ({
    externalId: `${prefix}-${i}`,
    channel: 'chat',
    createdAt,
    ...(minutes === undefined
      ? {}
      : { firstResponseAt: new Date(Date.parse(createdAt) + minutes * 60_000).toISOString() }),
  }));

describe('SLAs at risk (SPEC §14) and re-measuring as time passes (SPEC §6)', () => {
  let w: EscalationsWorld;
  beforeAll(async () => (w = await startWorld()));
  afterAll(() => {
    w.t.app.get(Clock).reset();
    return w.t.close();
  });

  const clock = () => w.t.app.get(Clock);
  /** The minutely pass of the worker's computed-measurements job, run at the test's clock. */
  const timePasses = () => w.t.app.get(ComputedMeasurements).remeasureOpenPeriods();

  /** A contract with a weekly FRT SLA (60 min, 90 %, at least 10 records) and an `sla_at_risk` rule on it. */
  async function watchedSla() {
    const { contractId } = await newContract(w);
    const slaId = await newSla(w, contractId, 10);
    const ruleId = await defineRule(w, contractId, { type: 'sla_at_risk', slaId });
    // The new SLA's own re-measure request (computed-sla-definitions) is made before any data arrives.
    await settled(w.t, await lastPosition(slaId));
    return { contractId, slaId, ruleId };
  }

  const ingest = async (contractId: string, interactions: Row[]) =>
    (await post(w, w.ops, `/contracts/${contractId}/interactions`, { interactions }, 200)) as { position?: string };

  const periodOf = async (slaId: string, week: string): Promise<Period | undefined> => {
    const { body } = await w.t.http.get(`/api/v1/slas/${slaId}`).set(bearer(w.ops)).expect(200);
    return (body.periods as Period[]).find((p) => p.periodStart === `${week}T00:00:00.000Z`);
  };
  const expectPeriod = (slaId: string, week: string, expected: Partial<Period>) =>
    eventually(async () => expect(await periodOf(slaId, week)).toMatchObject(expected));

  const slaEvents = async (slaId: string) => {
    const { body } = await w.t.http.get(`/api/v1/slas/${slaId}/history?limit=100`).set(bearer(w.ops)).expect(200);
    return body.items as { type: string; position: string; data: Record<string, unknown> }[];
  };
  const riskEvents = async (slaId: string) =>
    (await slaEvents(slaId)).filter((e) => e.type === 'SlaAtRisk' || e.type === 'SlaAtRiskCleared');
  const lastPosition = async (slaId: string) => (await slaEvents(slaId)).map((e) => e.position).pop()!;

  it('a running week failing after its half is at risk once, opens one escalation, and clears when it recovers', async () => {
    clock().set('2026-03-05T18:00:00.000Z'); // Thursday: 53.57 % of the week of 03-02 has passed
    const { contractId, slaId, ruleId } = await watchedSla();
    await ingest(contractId, rows('met', 10, '2026-03-02T10:00:00.000Z', 30));
    await expectPeriod(slaId, '2026-03-02', { value: 100, sampleSize: 10, provisional: true, atRisk: false });

    await ingest(contractId, rows('late', 5, '2026-03-03T10:00:00.000Z', 120)); // 10 of 15 in time
    await expectPeriod(slaId, '2026-03-02', { value: 66.67, sampleSize: 15, outcome: 'breached', atRisk: true });
    const [atRisk] = await riskEvents(slaId);
    expect(atRisk).toMatchObject({
      type: 'SlaAtRisk',
      data: { slaId, contractId, periodStart: '2026-03-02T00:00:00.000Z', value: 66.67, elapsedPercent: 53.57 },
    });

    await ingest(contractId, rows('later', 1, '2026-03-03T11:00:00.000Z', 90)); // still failing: 10 of 16
    await expectPeriod(slaId, '2026-03-02', { value: 62.5, sampleSize: 16, atRisk: true });
    expect((await riskEvents(slaId)).map((e) => e.type)).toEqual(['SlaAtRisk']);
    const opened = await escalationsOf(w, contractId, await lastPosition(slaId));
    expect(opened.total).toBe(1);
    expect(opened.items[0]).toMatchObject({
      ruleId,
      subject: slaId,
      status: 'open',
      retriggerCount: 0,
      cause: { trigger: 'sla_at_risk', figures: { slaId, value: 66.67, elapsedPercent: 53.57 } },
    });

    await ingest(contractId, rows('recovered', 60, '2026-03-04T10:00:00.000Z', 10)); // 70 of 76: 92.11 %
    await expectPeriod(slaId, '2026-03-02', { value: 92.11, sampleSize: 76, outcome: 'met', atRisk: false });
    const risks = await riskEvents(slaId);
    expect(risks.map((e) => e.type)).toEqual(['SlaAtRisk', 'SlaAtRiskCleared']);
    expect(risks[1].data).toMatchObject({ value: 92.11, sampleSize: 76 });
    const after = await escalationsOf(w, contractId, await lastPosition(slaId));
    expect(after.items.map((e) => [e.id, e.status])).toEqual([[opened.items[0].id, 'open']]);
  });

  it('counts an unanswered record as missed once its threshold passes, with no new data', async () => {
    clock().set('2026-03-10T10:00:00.000Z');
    const { contractId, slaId } = await watchedSla();
    await ingest(contractId, [
      ...rows('met', 10, '2026-03-09T10:00:00.000Z', 30),
      ...rows('unanswered', 1, '2026-03-10T09:30:00.000Z'), // due at 10:30
    ]);
    await expectPeriod(slaId, '2026-03-09', { value: 100, sampleSize: 10, provisional: true });
    const db = w.t.app.get(DataSource);
    const measuredAt = async () =>
      (
        await db.query<{ measured_at: Date }[]>(
          `SELECT measured_at FROM computed_sla_measurements WHERE sla_id = $1 AND period_start = '2026-03-09'`,
          [slaId],
        )
      )[0].measured_at.toISOString();

    await eventually(async () =>
      expect(await db.query(`SELECT 1 FROM sla_remeasure_queue WHERE sla_id = $1`, [slaId])).toEqual([]),
    );
    clock().set('2026-03-10T10:29:00.000Z');
    await timePasses();
    expect(await measuredAt()).toBe('2026-03-10T10:00:00.000Z'); // nothing came due: not measured again

    clock().set('2026-03-10T10:31:00.000Z');
    await timePasses();
    await expectPeriod(slaId, '2026-03-09', { value: 90.91, sampleSize: 11, provisional: true });
    expect(await measuredAt()).toBe('2026-03-10T10:31:00.000Z');
  });

  it('a failing week is not at risk before its half, and becomes so when time alone crosses it', async () => {
    clock().set('2026-03-16T12:00:00.000Z');
    const { contractId, slaId } = await watchedSla();
    await ingest(contractId, [
      ...rows('met', 10, '2026-03-16T08:00:00.000Z', 30),
      ...rows('late', 10, '2026-03-16T09:00:00.000Z', 120),
    ]);
    await expectPeriod(slaId, '2026-03-16', { value: 50, sampleSize: 20, outcome: 'breached', atRisk: false });

    clock().set('2026-03-19T11:59:00.000Z');
    await timePasses();
    expect(await riskEvents(slaId)).toEqual([]);

    clock().set('2026-03-19T12:01:00.000Z'); // Thursday noon is the half of the week
    await timePasses();
    await expectPeriod(slaId, '2026-03-16', { value: 50, sampleSize: 20, atRisk: true });
    const events = await slaEvents(slaId);
    expect(events.filter((e) => e.type === 'SlaMeasured')).toHaveLength(1); // the figure itself did not change
    expect(events.filter((e) => e.type === 'SlaAtRisk').map((e) => e.data)).toEqual([
      expect.objectContaining({ value: 50, sampleSize: 20, elapsedPercent: 50 }),
    ]);
  });

  it('never puts an ended week or a too small sample at risk', async () => {
    clock().set('2026-03-26T18:00:00.000Z'); // past the half of the week of 03-23
    const { contractId, slaId } = await watchedSla();
    await ingest(contractId, rows('few', 3, '2026-03-24T09:00:00.000Z', 120)); // 0 % of 3 records
    await ingest(contractId, rows('ended', 20, '2026-03-17T09:00:00.000Z', 120)); // the week of 03-16 has ended
    await expectPeriod(slaId, '2026-03-23', { value: 0, sampleSize: 3, outcome: 'insufficient_data', atRisk: false });
    const ended = await eventually(async () => {
      const period = await periodOf(slaId, '2026-03-16');
      expect(period).toMatchObject({ value: 0, sampleSize: 20, outcome: 'breached', provisional: false });
      return period!;
    });
    expect(ended.atRisk).toBeUndefined();

    clock().set('2026-03-30T00:01:00.000Z'); // the week of 03-23 ends, still too small
    await timePasses();
    await expectPeriod(slaId, '2026-03-23', { sampleSize: 3, provisional: false });
    const types = (await slaEvents(slaId)).map((e) => e.type);
    expect(types).toContain('SlaBreached');
    expect(types.filter((type) => type.startsWith('SlaAtRisk'))).toEqual([]);
    expect((await escalationsOf(w, contractId, await lastPosition(slaId))).total).toBe(0);
  });

  it("validates the sla_at_risk trigger: an optional SLA id, of the rule's contract", async () => {
    const { contractId } = await newContract(w);
    const other = await newContract(w);
    const otherSla = await newSla(w, other.contractId);
    const rule = (trigger: object) => ({ contractId, name: 'At risk', trigger, severity: 'high', levels: LEVELS });
    const bad = await post(w, w.ops, '/escalation-rules', rule({ type: 'sla_at_risk', slaId: 'x', extra: 1 }), 400);
    expect(JSON.stringify(bad.message)).toContain('trigger.slaId must be a UUID');
    expect(JSON.stringify(bad.message)).toContain('trigger.extra is not a field of sla_at_risk');
    const foreign = await post(w, w.ops, '/escalation-rules', rule({ type: 'sla_at_risk', slaId: otherSla }), 422);
    expect(foreign.code).toBe('SLA_NOT_OF_CONTRACT');
    await post(w, w.ops, '/escalation-rules', rule({ type: 'sla_at_risk' }));
  });
});
