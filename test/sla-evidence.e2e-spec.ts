import { Clock } from '@vendorwatch/event-store';
import { parse } from 'csv-parse/sync';
import { bearer, requestsAs, userWithRole } from './helpers/auth';
import { minimalContract, vendorIn } from './helpers/contracts-fixtures';
import { csvOf, goodRow } from './helpers/interactions-fixtures';
import { startTestApp, TestApp } from './helpers/test-app';

const WEEK = '2026-03-02';
const sla = (name: string, metric: string, objective: object) => ({
  name,
  metric,
  objective,
  period: 'week',
  minimumSample: 10,
  serviceCreditPercent: 5,
});
const SLAS = {
  frt: sla('FRT 1h', 'first_response_time', { kind: 'attainment', thresholdMinutes: 60, targetPercent: 90 }),
  csat: sla('CSAT', 'csat', { kind: 'min', target: 80 }),
  reopen: sla('Reopen rate', 'reopen_rate', { kind: 'max', target: 5 }),
  abandonment: sla('Abandonment', 'abandonment_rate', { kind: 'max', target: 5 }),
  chatFrt: {
    ...sla('Chat FRT 1h', 'first_response_time', { kind: 'attainment', thresholdMinutes: 60, targetPercent: 90 }),
    appliesTo: { channels: ['chat'] },
  },
};

interface Item {
  externalId: string;
  outcome: 'met' | 'missed' | 'excluded';
  reason?: string;
}

/** SPEC §13: the records behind a computed figure reproduce it, in JSON and in CSV. */
describe('SLA period evidence', () => {
  let t: TestApp;
  let ops: string;
  let vendorUser: string;
  let otherVendorUser: string;
  const ids: Record<string, string> = {};
  let position: string;

  beforeAll(async () => {
    t = await startTestApp();
    const procurement = (await userWithRole(t, 'procurement')).token;
    ops = (await userWithRole(t, 'ops_manager')).token;
    const vendorId = await vendorIn(t, procurement, 'approved');
    vendorUser = (await userWithRole(t, 'vendor', { vendorId })).token;
    otherVendorUser = (await userWithRole(t, 'vendor', { vendorId: await vendorIn(t, procurement, 'approved') })).token;
    t.app.get(Clock).set('2026-03-20T00:00:00.000Z');
    const contractId = (await post('/contracts', minimalContract(vendorId), procurement).expect(201)).body.id;
    for (const [key, body] of Object.entries(SLAS)) {
      ids[key] = (await post(`/contracts/${contractId}/slas`, body).expect(201)).body.id;
    }
    const csv = csvOf(Array.from({ length: 200 }, (_, k) => goodRow(k)));
    const ingest = await t.http
      .post(`/api/v1/contracts/${contractId}/interactions`)
      .set(bearer(ops))
      .set('Content-Type', 'text/csv')
      .send(csv)
      .expect(200);
    expect(ingest.body.measurementsRecorded).toBe(5);
    position = ingest.body.position;
  });
  afterAll(() => t.close());

  const { post, get } = requestsAs(
    () => t,
    () => ops,
  );
  const evidenceOf = async (key: string, query = 'limit=200') =>
    (await get(`/slas/${ids[key]}/periods/${WEEK}/evidence?${query}`, position).expect(200)).body;
  const periodOf = async (key: string) =>
    (await get(`/slas/${ids[key]}`, position).expect(200)).body.periods.find((p: { periodStart: string }) =>
      p.periodStart.startsWith(WEEK),
    );
  const share = (part: number, whole: number) => Math.round((part * 10000) / whole) / 100;
  const count = (items: Item[], outcome: string) => items.filter((i) => i.outcome === outcome).length;

  it.each([
    ['frt', 'met', ['not_yet_due']],
    ['csat', 'met', ['no_csat']],
    ['reopen', 'missed', ['not_resolved']],
    ['abandonment', 'missed', ['not_voice']],
  ])('%s: met and missed reproduce the figure, excluded records carry their reason', async (key, counted, reasons) => {
    const evidence = await evidenceOf(key);
    const period = await periodOf(key);
    const items = evidence.items as Item[];
    expect(evidence.total).toBe(200);
    expect(items).toHaveLength(200);
    const sample = count(items, 'met') + count(items, 'missed');
    expect(evidence).toMatchObject({ value: period.value, sampleSize: period.sampleSize, slaId: ids[key] });
    expect(sample).toBe(period.sampleSize);
    expect(share(count(items, counted), sample)).toBe(period.value);
    expect(evidence.measuredWith).toEqual({ slaVersion: 1, objective: SLAS[key as keyof typeof SLAS].objective });
    const excluded = items.filter((i) => i.outcome === 'excluded');
    expect(excluded.length).toBe(200 - sample);
    expect(new Set(excluded.map((i) => i.reason))).toEqual(new Set(excluded.length ? reasons : []));
  });

  it('answers the figure of FRT by hand: 8 in 10 answered within the hour, the unanswered tenth due and missed', async () => {
    const evidence = await evidenceOf('frt');
    expect(evidence).toMatchObject({ value: 80, sampleSize: 200 });
    expect((evidence.items as Item[]).find((i) => i.externalId === 'T-8')).toMatchObject({
      outcome: 'missed',
      elapsedMinutes: 90,
    });
    expect((evidence.items as Item[]).find((i) => i.externalId === 'T-9')).toMatchObject({
      outcome: 'missed',
      submittedBy: { userId: expect.any(String), role: 'ops_manager' },
      submittedAt: expect.any(String),
    });
  });

  it("marks the records outside an SLA's appliesTo as not_in_scope, and the rest reproduce its figure", async () => {
    const evidence = await evidenceOf('chatFrt');
    const period = await periodOf('chatFrt');
    const items = evidence.items as (Item & { channel: string })[];
    const inScope = items.filter((i) => i.channel === 'chat');
    expect(items.filter((i) => i.channel !== 'chat').every((i) => i.reason === 'not_in_scope')).toBe(true);
    expect(count(inScope, 'met') + count(inScope, 'missed')).toBe(period.sampleSize);
    expect(share(count(inScope, 'met'), period.sampleSize)).toBe(period.value);
  });

  it('filters and pages by outcome', async () => {
    const missed = await evidenceOf('frt', 'outcome=missed&limit=5&offset=5');
    expect(missed).toMatchObject({ total: 40, limit: 5, offset: 5 });
    expect((missed.items as Item[]).every((i) => i.outcome === 'missed')).toBe(true);
  });

  it('holds the same rows in CSV, every row without limit and offset', async () => {
    const json = (await evidenceOf('csat')).items as Item[];
    const res = await t.http
      .get(`/api/v1/slas/${ids.csat}/periods/${WEEK}/evidence`)
      .set(bearer(ops))
      .set('Accept', 'text/csv')
      .expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    const rows = parse<Record<string, string>>(res.text, { columns: true });
    expect(rows.map((r) => [r.externalId, r.outcome, r.reason])).toEqual(
      json.map((i) => [i.externalId, i.outcome, i.reason ?? '']),
    );
    expect(Object.keys(rows[0])).toEqual(expect.arrayContaining(['externalId', 'createdAt', 'outcome', 'submittedAt']));
  });

  it("shows a vendor its own contracts' evidence only, and refuses a period that is not on a boundary", async () => {
    await get(`/slas/${ids.frt}/periods/${WEEK}/evidence`, position, vendorUser).expect(200);
    await get(`/slas/${ids.frt}/periods/${WEEK}/evidence`, position, otherVendorUser).expect(404);
    const notMonday = await get(`/slas/${ids.frt}/periods/2026-03-03/evidence`, position).expect(422);
    expect(notMonday.body.code).toBe('PERIOD_START_NOT_ON_BOUNDARY');
    await get(`/slas/${ids.frt}/periods/2026-03-09/evidence`, position).expect(404);
  });
});
