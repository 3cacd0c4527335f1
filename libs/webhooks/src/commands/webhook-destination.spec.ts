import { request } from 'node:http';
import { WebhookErrorCode } from '../domain/webhook-errors';
import { WebhookDestination } from './webhook-destination';

const guarded = new WebhookDestination({ allowPrivateNetworks: false });

describe('the private-address rule', () => {
  it('refuses loopback, private and link-local hosts at registration, and takes public ones', async () => {
    for (const url of [
      'http://127.0.0.1/x',
      'http://[::ffff:10.0.0.1]/x',
      'https://169.254.169.254/x',
      'http://localhost/',
    ]) {
      await expect(guarded.assertAllowed(url)).rejects.toMatchObject({ code: WebhookErrorCode.PRIVATE_ADDRESS });
    }
    await expect(guarded.assertAllowed('https://93.184.215.14/x')).resolves.toBeUndefined();
    await expect(
      new WebhookDestination({ allowPrivateNetworks: true }).assertAllowed('http://127.0.0.1/x'),
    ).resolves.toBeUndefined();
  });

  it('refuses a delivery connection to a host that resolves to a private address (DNS rebinding)', async () => {
    const failure = await new Promise<Error>((resolve) => {
      const sent = request('http://localhost:9/hooks', { method: 'POST', lookup: guarded.connectionLookup }, () =>
        resolve(new Error('connected')),
      );
      sent.on('error', resolve);
      sent.end();
    });
    expect(failure.message).toMatch(/not a public address/);
    expect(new WebhookDestination({ allowPrivateNetworks: true }).connectionLookup).toBeUndefined();
  });
});
