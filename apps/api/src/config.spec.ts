import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('refuses a test failpoint in production and takes it elsewhere', () => {
    const production = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) };
    expect(() => loadConfig({ ...production, VENDORWATCH_FAILPOINT: 'skip-ingest-drain' })).toThrow(ConfigError);
    expect(loadConfig(production).production).toBe(true);
    expect(loadConfig({ VENDORWATCH_FAILPOINT: 'skip-ingest-drain' }).production).toBe(false);
  });
});
