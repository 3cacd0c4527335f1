import { NestExpressApplication } from '@nestjs/platform-express';
import { createApp } from '../apps/api/src/app';
import { adminToken, bearer } from './helpers/auth';
import { startTestApp, testConfig, TestApp } from './helpers/test-app';
import { vendorBody } from './helpers/vendors-fixtures';
import { startReceiver } from './helpers/webhook-receiver';

const PRIVATE_NETWORKS = { WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true' };

/** Two worker processes on one database (SPEC §16): each webhook is delivered by one of them at a time. */
describe('webhook deliveries with several workers', () => {
  let t: TestApp;
  let secondWorker: NestExpressApplication;
  beforeAll(async () => {
    t = await startTestApp(PRIVATE_NETWORKS);
    secondWorker = await createApp(testConfig(PRIVATE_NETWORKS, t.schema), {
      url: process.env.DATABASE_URL!,
      schema: t.schema,
    });
  });
  afterAll(async () => {
    await secondWorker.close();
    await t.close();
  });

  it('delivers every event once, in order, never two at a time', async () => {
    const receiver = await startReceiver(() => 200, 20);
    try {
      const token = await adminToken(t);
      const post = (path: string, body: object) => t.http.post(`/api/v1${path}`).set(bearer(token)).send(body);
      await post('/webhooks', { url: receiver.url, eventTypes: ['VendorRegistered'] }).expect(201);
      const positions: string[] = [];
      for (let i = 0; i < 30; i++) {
        positions.push(
          (await post('/vendors', vendorBody(`Two Workers ${i} ${Date.now()}`)).expect(201)).body.position,
        );
      }
      await receiver.until(30);
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect(receiver.received.map((r) => r.payload.data.position)).toEqual(positions);
      expect(receiver.mostAtOnce()).toBe(1);
    } finally {
      await receiver.close();
    }
  });
});
