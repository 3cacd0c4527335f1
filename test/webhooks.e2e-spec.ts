import { Clock } from '@vendorwatch/event-store';
import { Webhook } from 'standardwebhooks';
import { eventually } from './helpers/eventually';
import { adminToken, bearer, userWithRole } from './helpers/auth';
import { minimalContract, vendorIn } from './helpers/contracts-fixtures';
import { EVALUATION } from './helpers/vendors-fixtures';
import { settled, startTestApp, TestApp } from './helpers/test-app';
import { vendorBody } from './helpers/vendors-fixtures';
import { startReceiver } from './helpers/webhook-receiver';

/** Deliveries to real receivers on 127.0.0.1 (SPEC §14), so private networks are allowed here. */
describe('webhook deliveries', () => {
  let t: TestApp;
  let token: string;
  let vendorCount = 0;
  beforeAll(async () => {
    t = await startTestApp({ WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true' });
    token = await adminToken(t);
  });
  afterAll(() => t.close());

  const post = (path: string, body: object = {}) => t.http.post(`/api/v1${path}`).set(bearer(token)).send(body);
  const get = (path: string) => t.http.get(`/api/v1${path}`).set(bearer(token));
  const subscribe = async (url: string, eventTypes = ['VendorRegistered']) =>
    (await post('/webhooks', { url, eventTypes }).expect(201)).body as { id: string; secret: string };
  /** A VendorRegistered event: answers the vendor id and the event's position. */
  const registerVendor = async () => {
    const res = await post('/vendors', vendorBody(`Webhook Vendor ${++vendorCount} ${Date.now()}`)).expect(201);
    return { id: res.body.id as string, position: res.body.position as string };
  };

  it('signs each delivery so the Standard Webhooks library verifies it, with the event as the audit shows it', async () => {
    const receiver = await startReceiver();
    try {
      const { id, secret } = await subscribe(receiver.url);
      expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
      const vendors = [await registerVendor(), await registerVendor(), await registerVendor()];
      await receiver.until(3);
      expect(receiver.received).toHaveLength(3);

      const verifier = new Webhook(secret);
      for (const [i, delivery] of receiver.received.entries()) {
        const verified = verifier.verify(delivery.body, delivery.headers) as typeof delivery.payload;
        expect(verified.type).toBe('VendorRegistered');
        expect(verified.data).toMatchObject({ streamId: vendors[i].id, position: vendors[i].position });
        expect(verified.data.data.vendorId).toBe(vendors[i].id);
      }
      expect(() =>
        new Webhook(`whsec_${Buffer.from('another secret!!').toString('base64')}`).verify(
          receiver.received[0].body,
          receiver.received[0].headers,
        ),
      ).toThrow();

      const log = await get(`/webhooks/${id}/deliveries`).expect(200);
      expect(log.body.total).toBe(3);
      expect(log.body.items.map((a: { eventId: string }) => a.eventId)).toEqual(receiver.ids().reverse());
      expect(log.body.items[0]).toMatchObject({ attempt: 1, statusCode: 200, error: null });

      await post(`/webhooks/${id}/test`).expect(201);
      await receiver.until(4);
      expect(receiver.received).toHaveLength(4);
      expect(verifier.verify(receiver.received[3].body, receiver.received[3].headers)).toMatchObject({
        type: 'WebhookTestRequested',
      });
      await t.http.delete(`/api/v1/webhooks/${id}`).set(bearer(token)).expect(200);
      await get(`/webhooks/${id}`).expect(404);
    } finally {
      await receiver.close();
    }
  });

  it('retries a failing receiver on the schedule and then delivers every event once more, in order', async () => {
    const clock = t.app.get(Clock);
    const receiver = await startReceiver((n) => (n <= 3 ? 500 : 200));
    try {
      const { id } = await subscribe(receiver.url);
      const vendors = [await registerVendor(), await registerVendor(), await registerVendor()];
      await receiver.until(1);
      expect(receiver.received).toHaveLength(1);
      // [the retry delay, requests received before it passes, and after]
      for (const [delay, before, after] of [
        [5_000, 1, 2],
        [30_000, 2, 3],
        [120_000, 3, 6],
      ]) {
        await new Promise((resolve) => setTimeout(resolve, 1_500));
        expect(receiver.received).toHaveLength(before);
        clock.advance(delay);
        await receiver.until(after);
        expect(receiver.received).toHaveLength(after);
      }
      const streams = receiver.received.map((r) => r.payload.data.streamId);
      const [first, second, third] = vendors.map((v) => v.id);
      expect(streams).toEqual([first, first, first, first, second, third]);

      const log = await get(`/webhooks/${id}/deliveries`).expect(200);
      const attempts = [...log.body.items]
        .reverse()
        .map((a: { attempt: number; statusCode: number }) => [a.attempt, a.statusCode]);
      expect(attempts).toEqual([
        [1, 500],
        [2, 500],
        [3, 500],
        [4, 200],
        [1, 200],
        [1, 200],
      ]);
      const health = await t.http.get('/api/v1/health').expect(200);
      expect(health.body.webhooks).toContainEqual(
        expect.objectContaining({ id, status: 'enabled', backlog: 0, failedAttempts: 0 }),
      );
    } finally {
      clock.reset();
      await receiver.close();
    }
  });

  it('lets a receiver that never answers hold up neither another webhook nor any projection', async () => {
    const dead = await startReceiver(() => 'hang');
    const alive = await startReceiver();
    try {
      const deadHook = await subscribe(dead.url);
      await subscribe(alive.url);
      const vendors = [await registerVendor(), await registerVendor(), await registerVendor()];
      await dead.until(1);
      const hangingSince = Date.now();
      // The dead receiver's first attempt is still waiting (10 s) while the other webhook and the projections go on.
      await alive.until(3);
      await settled(t, vendors[2].position);
      const read = await get(`/vendors/${vendors[2].id}`).set('X-Min-Position', vendors[2].position).expect(200);
      expect(read.body.id).toBe(vendors[2].id);
      expect(alive.received.map((r) => r.payload.data.streamId)).toEqual(vendors.map((v) => v.id));
      const deadLog = await get(`/webhooks/${deadHook.id}/deliveries`).expect(200);
      expect({ attemptsFinished: deadLog.body.total, requests: dead.received.length }).toEqual({
        attemptsFinished: 0,
        requests: 1,
      });
      expect(Date.now() - hangingSince).toBeLessThan(10_000);

      const health = await t.http.get('/api/v1/health').expect(200);
      const backlog = health.body.webhooks.find((w: { id: string }) => w.id === deadHook.id);
      expect(backlog.backlog).toBeGreaterThanOrEqual(3);
    } finally {
      await dead.close();
      await alive.close();
    }
  });

  it('replays exactly the events from a position (inclusive), with their ids', async () => {
    const receiver = await startReceiver();
    try {
      const { id } = await subscribe(receiver.url);
      const vendors = [await registerVendor(), await registerVendor(), await registerVendor(), await registerVendor()];
      await receiver.until(4);
      expect(receiver.received).toHaveLength(4);
      const firstIds = receiver.ids();

      await post(`/webhooks/${id}/replay`, { fromPosition: vendors[1].position }).expect(201);
      await receiver.until(7);
      expect(receiver.received).toHaveLength(7);
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect(receiver.ids()).toEqual([...firstIds, ...firstIds.slice(1)]);
      expect(receiver.received.slice(4).map((r) => r.payload.data.position)).toEqual(
        vendors.slice(1).map((v) => v.position),
      );
    } finally {
      await receiver.close();
    }
  });

  it("gives a vendor's webhook its own contracts' and vendor's events, never another vendor's", async () => {
    const receiver = await startReceiver();
    try {
      const [own, other] = [await vendorIn(t, token, 'approved'), await vendorIn(t, token, 'approved')];
      const ownContract = (await post('/contracts', minimalContract(own)).expect(201)).body.id as string;
      const otherContract = (await post('/contracts', minimalContract(other)).expect(201)).body.id as string;
      const vendorUser = await userWithRole(t, 'vendor', { vendorId: own });
      await t.http
        .post('/api/v1/webhooks')
        .set(bearer(vendorUser.token))
        .send({ url: receiver.url, eventTypes: ['*'], contractIds: [ownContract] })
        .expect(201);

      await t.http.patch(`/api/v1/contracts/${otherContract}`).set(bearer(token)).send({ title: 'Other' }).expect(200);
      await post(`/vendors/${own}/evaluations`, EVALUATION).expect(201);
      const ownSecond = (await post('/contracts', minimalContract(own)).expect(201)).body.id as string;
      await post('/contracts', minimalContract(other)).expect(201);
      await t.http.patch(`/api/v1/contracts/${ownContract}`).set(bearer(token)).send({ title: 'Last' }).expect(200);
      await receiver.until(2);
      await new Promise((resolve) => setTimeout(resolve, 1_500));

      const seen = receiver.received.map((r) => [r.payload.type, r.payload.data.data.contractId]);
      expect(seen).toEqual([
        ['ContractDrafted', ownSecond],
        ['ContractAmended', ownContract],
      ]);
      for (const { body } of receiver.received) {
        expect(body).not.toContain(other);
        expect(body).not.toContain(otherContract);
      }
    } finally {
      await receiver.close();
    }
  });

  it('disables a webhook failing for 24 hours; enabled again, it goes on from the first event not delivered', async () => {
    const clock = t.app.get(Clock);
    let answer = 500;
    const receiver = await startReceiver(() => answer);
    try {
      const { id } = await subscribe(receiver.url);
      const vendors = [await registerVendor(), await registerVendor()];
      await receiver.until(1);
      clock.advance(25 * 3_600_000);
      await receiver.until(2);
      const disabled = await eventually(async () => {
        const res = await get(`/webhooks/${id}`).expect(200);
        if (res.body.status !== 'disabled') throw new Error(`still ${res.body.status}`);
        return res.body as { disabledReason: string };
      });
      expect(disabled.disabledReason).toContain('24 hours');
      vendors.push(await registerVendor());
      clock.reset();
      answer = 200;
      await post(`/webhooks/${id}/enable`).expect(201);
      await receiver.until(5);
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      const streams = receiver.received.map((r) => r.payload.data.streamId);
      expect(streams).toEqual([vendors[0].id, vendors[0].id, ...vendors.map((v) => v.id)]);
    } finally {
      clock.reset();
      await receiver.close();
    }
  });

  it('delivers every event of many concurrent writers, each once (none committed late is skipped)', async () => {
    const receiver = await startReceiver();
    try {
      await subscribe(receiver.url);
      const vendors = await Promise.all(Array.from({ length: 20 }, () => registerVendor()));
      await receiver.until(20);
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      const streams = receiver.received.map((r) => r.payload.data.streamId);
      expect([...streams].sort()).toEqual(vendors.map((v) => v.id).sort());
    } finally {
      await receiver.close();
    }
  });
});
