import { Clock } from '@vendorwatch/event-store';
import { minimalContract, vendorIn } from './helpers/contracts-fixtures';
import { adminToken, bearer, requestsAs, userWithRole } from './helpers/auth';
import { settled, startTestApp, TestApp } from './helpers/test-app';

const HEADER = 'externalId,channel,createdAt,firstResponseAt';
const CREATED = '2026-03-03T10:00:00.000Z';
const answeredAfter = (minutes: number) => new Date(Date.parse(CREATED) + minutes * 60_000).toISOString();
const row = (externalId: string, minutes: number) => `${externalId},chat,${CREATED},${answeredAfter(minutes)}`;
const WEEK = { periodStart: '2026-03-02T00:00:00.000Z', periodEnd: '2026-03-09T00:00:00.000Z' };

describe('interaction provenance (SPEC §6)', () => {
  let t: TestApp;
  let ops: { id: string; token: string };
  let vendor: { id: string; token: string };
  let contractId: string;
  let slaId: string;
  let vendorId: string;

  beforeAll(async () => {
    t = await startTestApp();
    t.app.get(Clock).set('2026-03-25T12:00:00.000Z');
    ops = await userWithRole(t, 'ops_manager');
    const procurement = (await userWithRole(t, 'procurement')).token;
    vendorId = await vendorIn(t, procurement, 'approved');
    vendor = await userWithRole(t, 'vendor', { vendorId });
    contractId = (await post('/contracts', minimalContract(vendorId), procurement).expect(201)).body.id;
    const sla = await post(`/contracts/${contractId}/slas`, {
      name: 'First response within 1h',
      metric: 'first_response_time',
      objective: { kind: 'attainment', thresholdMinutes: 60, targetPercent: 90 },
      period: 'week',
      minimumSample: 2,
      serviceCreditPercent: 5,
    }).expect(201);
    slaId = sla.body.id;
    await settled(t, sla.body.position);
  });
  afterAll(() => t.close());

  const { post, get } = requestsAs(
    () => t,
    () => ops.token,
  );
  const send = (token: string, ...rows: string[]) =>
    t.http
      .post(`/api/v1/contracts/${contractId}/interactions`)
      .set(bearer(token))
      .set('Content-Type', 'text/csv')
      .send(`${[HEADER, ...rows].join('\n')}\n`)
      .expect(200);
  const week = async (position: string) =>
    (await get(`/slas/${slaId}`, position).expect(200)).body.periods.find(
      (p: { periodStart: string }) => p.periodStart === WEEK.periodStart,
    );
  const history = (externalId: string, token = ops.token) =>
    t.http.get(`/api/v1/contracts/${contractId}/interactions/${externalId}`).set(bearer(token));
  const breaches = async () =>
    (
      await t.http
        .get(`/api/v1/audit/events?streamId=${slaId}&type=SlaBreached`)
        .set(bearer(await adminToken(t)))
        .expect(200)
    ).body.total;

  it("rejects a vendor's row over client staff's record with its reason, and the breach stays", async () => {
    const client = await send(ops.token, row('C-1', 90), row('C-2', 30));
    expect(client.body).toMatchObject({ accepted: 2, rejected: [], measurementsRecorded: 1 });
    expect(await week(client.body.position)).toMatchObject({ ...WEEK, value: 50, sampleSize: 2, outcome: 'breached' });
    expect(await breaches()).toBe(1);

    t.app.get(Clock).set('2026-03-25T13:00:00.000Z');
    const vendorSends = await send(vendor.token, row('V-1', 30), row('C-1', 10), row('C-2', 30));
    expect(vendorSends.body).toMatchObject({
      accepted: 2, // V-1 is new; C-2 is sent as stored, so it stays unchanged
      replaced: 0,
      unchanged: 1,
      rejectedCount: 1,
      rejected: [
        {
          row: 2,
          externalId: 'C-1',
          reason: 'externalId C-1 was last sent by client staff; a vendor cannot replace it',
        },
      ],
    });
    // C-1 is still answered after 90 minutes: 2 of 3 within the hour, and the week stays breached.
    expect(await week(vendorSends.body.position)).toMatchObject({ value: 66.67, sampleSize: 3, outcome: 'breached' });
    expect(await breaches()).toBe(1);

    const c1 = (await history('C-1').expect(200)).body;
    expect(c1.current).toMatchObject({
      externalId: 'C-1',
      version: 1,
      firstResponseAt: answeredAfter(90),
      submittedBy: { userId: ops.id, role: 'ops_manager' },
      submittedAt: '2026-03-25T12:00:00.000Z',
    });
    expect(c1.versions).toEqual([c1.current]);
    expect((await history('C-2').expect(200)).body.totalVersions).toBe(1); // the identical re-send is no version
  });

  it("lets client staff replace a vendor's record, and lists both senders newest first", async () => {
    t.app.get(Clock).set('2026-03-25T14:00:00.000Z');
    const res = await send(ops.token, row('V-1', 120));
    expect(res.body).toMatchObject({ accepted: 1, replaced: 1, rejected: [] });
    expect(await week(res.body.position)).toMatchObject({ value: 33.33, sampleSize: 3, outcome: 'breached' });

    const { body } = await history('V-1', vendor.token).expect(200);
    const byOps = {
      externalId: 'V-1',
      version: 2,
      channel: 'chat',
      createdAt: CREATED,
      firstResponseAt: answeredAfter(120),
      submittedBy: { userId: ops.id, role: 'ops_manager' },
      submittedAt: '2026-03-25T14:00:00.000Z',
    };
    const byVendor = {
      ...byOps,
      version: 1,
      firstResponseAt: answeredAfter(30),
      submittedBy: { userId: vendor.id, role: 'vendor' },
      submittedAt: '2026-03-25T13:00:00.000Z',
    };
    expect(body.current).toMatchObject(byOps);
    expect(body.versions).toEqual([expect.objectContaining(byOps), expect.objectContaining(byVendor)]);
    expect(body.totalVersions).toBe(2);
    expect((await history('V-1').query({ limit: 1, offset: 1 }).expect(200)).body.versions).toEqual([
      expect.objectContaining(byVendor),
    ]);
  });

  it('lets a vendor replace its own record, and now that client staff sent V-1, no longer that one', async () => {
    await send(vendor.token, row('V-2', 30));
    expect((await send(vendor.token, row('V-2', 45))).body).toMatchObject({ replaced: 1, rejected: [] });
    expect((await send(vendor.token, row('V-1', 30))).body).toMatchObject({
      replaced: 0,
      rejected: [{ row: 1, externalId: 'V-1', reason: expect.stringContaining('last sent by client staff') }],
    });
    expect((await history('V-2').expect(200)).body.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
  });

  it("answers 404 for an unknown record and for another vendor's contract", async () => {
    await history('NOPE').expect(404);
    const otherVendor = (await userWithRole(t, 'vendor')).token;
    await history('C-1', otherVendor).expect(404);
    const res = await t.http.get(`/api/v1/contracts/${contractId}/interactions/C-1?limit=0`).set(bearer(ops.token));
    expect(res.status).toBe(400);
  });

  it('documents the route in the OpenAPI document', async () => {
    const { body } = await t.http.get('/docs-json').expect(200);
    const route = body.paths['/api/v1/contracts/{id}/interactions/{externalId}'].get;
    expect(route.responses['200'].content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/InteractionHistoryDto',
    });
    expect(route.responses['404']).toBeDefined();
    expect(Object.keys(body.components.schemas.InteractionVersionDto.properties)).toEqual(
      expect.arrayContaining(['externalId', 'version', 'firstResponseAt', 'submittedBy', 'submittedAt']),
    );
  });
});
