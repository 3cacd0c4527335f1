import { bearer, userWithRole } from './helpers/auth';
import { FIRST_RESPONSE_SLA, minimalContract, vendorIn } from './helpers/contracts-fixtures';
import { expectSameFigures } from './helpers/csv-rows';
import { startTestApp, TestApp } from './helpers/test-app';
import { EVALUATION, vendorBody } from './helpers/vendors-fixtures';

/** SPEC §1 / §15: a table exported as CSV holds the very figures of the API's JSON, field by field. */
describe('CSV export equals the JSON figures', () => {
  let t: TestApp;
  let procurement: string;
  let ops: string;

  const get = (path: string, token: string, position: string, accept = 'application/json') =>
    t.http.get(`/api/v1${path}`).set(bearer(token)).set('X-Min-Position', position).set('Accept', accept);

  beforeAll(async () => {
    t = await startTestApp();
    procurement = (await userWithRole(t, 'procurement')).token;
    ops = (await userWithRole(t, 'ops_manager')).token;
  });

  afterAll(() => t?.close());

  it('GET /vendors as CSV holds every vendor with the JSON list figures', async () => {
    let position = '0';
    for (const name of ['Northwind, "Care" Ltd', 'Blue Harbor']) {
      const vendor = await t.http.post('/api/v1/vendors').set(bearer(procurement)).send(vendorBody(name)).expect(201);
      const evaluated = await t.http
        .post(`/api/v1/vendors/${vendor.body.id}/evaluations`)
        .set(bearer(procurement))
        .send(EVALUATION)
        .expect(201);
      position = evaluated.body.position;
    }
    const json = await get('/vendors?limit=200', procurement, position).expect(200);
    expect(json.body.total).toBeGreaterThanOrEqual(2);
    const csv = await get('/vendors', procurement, position, 'text/csv').expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.text).toContain('evaluation.weightedScore');
    expectSameFigures(csv.text, json.body.items);

    const paged = await get('/vendors?limit=1&offset=1', procurement, position, 'text/csv').expect(200);
    expectSameFigures(paged.text, json.body.items.slice(1, 2));
  });

  it('GET /slas/:id/periods lists the periods of GET /slas/:id, newest first, and its CSV equals its JSON', async () => {
    const vendorId = await vendorIn(t, procurement, 'approved');
    const contract = await t.http
      .post('/api/v1/contracts')
      .set(bearer(procurement))
      .send(minimalContract(vendorId))
      .expect(201);
    await t.http
      .post(`/api/v1/contracts/${contract.body.id}/sign`)
      .set(bearer(procurement))
      .send({ signedAt: '2026-01-01T00:00:00.000Z' })
      .expect(201);
    const sla = await t.http
      .post(`/api/v1/contracts/${contract.body.id}/slas`)
      .set(bearer(ops))
      .send(FIRST_RESPONSE_SLA)
      .expect(201);
    let position = sla.body.position;
    const figures: [string, number][] = [
      ['2026-03-02', 95.5],
      ['2026-03-09', 71.25],
      ['2026-03-16', 90],
    ];
    for (const [periodStart, value] of figures) {
      const measured = await t.http
        .post(`/api/v1/slas/${sla.body.id}/measurements`)
        .set(bearer(ops))
        .send({ periodStart, value, sampleSize: 120, source: 'manual' })
        .expect(201);
      position = measured.body.position;
    }
    const detail = await get(`/slas/${sla.body.id}`, ops, position).expect(200);
    const list = await get(`/slas/${sla.body.id}/periods`, ops, position).expect(200);
    expect(list.body).toMatchObject({ total: 3, limit: 50, offset: 0 });
    expect(list.body.items).toEqual(detail.body.periods);
    expect(list.body.items.map((p: { periodStart: string }) => p.periodStart.slice(0, 10))).toEqual([
      '2026-03-16',
      '2026-03-09',
      '2026-03-02',
    ]);
    expect(list.body.items[1]).toMatchObject({ value: 71.25, outcome: 'breached' });
    expect(list.body.items[1].creditAmount).toEqual({ amount: 2500, currency: 'USD' });

    const csv = await get(`/slas/${sla.body.id}/periods`, ops, position, 'text/csv').expect(200);
    expectSameFigures(csv.text, list.body.items);
    const ranged = await get(`/slas/${sla.body.id}/periods?from=2026-03-09&to=2026-03-09`, ops, position).expect(200);
    expect(ranged.body.items).toEqual([list.body.items[1]]);

    const stranger = (await userWithRole(t, 'vendor', { vendorId: await vendorIn(t, procurement, 'approved') })).token;
    await get(`/slas/${sla.body.id}/periods`, stranger, position).expect(404);
    await get(`/slas/${sla.body.id}/periods?limit=0`, ops, position).expect(400);
  });
});
