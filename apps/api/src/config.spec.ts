import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('refuses a test failpoint in production and takes it elsewhere', () => {
    const production = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) };
    expect(() => loadConfig({ ...production, VENDORWATCH_FAILPOINT: 'skip-ingest-drain' })).toThrow(ConfigError);
    expect(loadConfig(production).production).toBe(true);
    expect(loadConfig({ VENDORWATCH_FAILPOINT: 'skip-ingest-drain' }).production).toBe(false);
  });

  it('takes WEBHOOK_ALLOW_PRIVATE_NETWORKS as true or false (default false) and names it when malformed', () => {
    expect(loadConfig({}).webhookAllowPrivateNetworks).toBe(false);
    expect(loadConfig({ WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true' }).webhookAllowPrivateNetworks).toBe(true);
    expect(() => loadConfig({ WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'yes' })).toThrow(/WEBHOOK_ALLOW_PRIVATE_NETWORKS/);
  });
});
