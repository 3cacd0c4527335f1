import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('refuses a test failpoint in production and takes it elsewhere', () => {
    const production = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) };
    expect(() => loadConfig({ ...production, VENDORWATCH_FAILPOINT: 'skip-ingest-drain' })).toThrow(ConfigError);
    expect(loadConfig(production).production).toBe(true);
    expect(loadConfig({ VENDORWATCH_FAILPOINT: 'skip-ingest-drain' }).production).toBe(false);
  });

  it('takes a replica URL only beside DATABASE_URL, and only a postgres:// one', () => {
    const primary = { DATABASE_URL: 'postgres://db-primary/vendorwatch' };
    const replicaUrl = 'postgres://db-replica/vendorwatch';
    expect(loadConfig({ ...primary, DATABASE_REPLICA_URL: replicaUrl }).databaseReplicaUrl).toBe(replicaUrl);
    expect(loadConfig(primary).databaseReplicaUrl).toBeUndefined();
    expect(() => loadConfig({ DATABASE_REPLICA_URL: replicaUrl })).toThrow('needs DATABASE_URL');
    expect(() => loadConfig({ ...primary, DATABASE_REPLICA_URL: 'mysql://db' })).toThrow(ConfigError);
  });
});
