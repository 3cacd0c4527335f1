import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('refuses a test failpoint in production and takes it elsewhere', () => {
    const production = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) };
    expect(() => loadConfig({ ...production, VENDORWATCH_FAILPOINT: 'skip-ingest-drain' })).toThrow(ConfigError);
    expect(loadConfig(production).production).toBe(true);
    expect(loadConfig({ VENDORWATCH_FAILPOINT: 'skip-ingest-drain' }).production).toBe(false);
  });

  it('takes the mail settings, with a public URL on the port by default', () => {
    expect(loadConfig({ PORT: '8080' }).mail).toEqual({
      smtpUrl: undefined,
      from: 'Vendorwatch <vendorwatch@localhost.localdomain>',
      publicUrl: 'http://localhost:8080',
    });
    const mail = loadConfig({
      SMTP_URL: 'smtps://user:secret@mail.example.com:465',
      MAIL_FROM: 'Ops <ops@example.com>',
      PUBLIC_URL: 'https://vendorwatch.example.com/',
    }).mail;
    expect(mail).toEqual({
      smtpUrl: 'smtps://user:secret@mail.example.com:465',
      from: 'Ops <ops@example.com>',
      publicUrl: 'https://vendorwatch.example.com',
    });
  });

  it('refuses malformed mail settings, naming the variable', () => {
    expect(() => loadConfig({ SMTP_URL: 'http://mail.example.com' })).toThrow(/^SMTP_URL must be/);
    expect(() => loadConfig({ SMTP_URL: 'not a url' })).toThrow(/^SMTP_URL must be/);
    expect(() => loadConfig({ PUBLIC_URL: 'ftp://x.example' })).toThrow(/^PUBLIC_URL must be/);
    expect(() => loadConfig({ MAIL_FROM: 'nobody' })).toThrow(/^MAIL_FROM must be/);
  });

  it('takes WEBHOOK_ALLOW_PRIVATE_NETWORKS as true or false (default false) and names it when malformed', () => {
    expect(loadConfig({}).webhookAllowPrivateNetworks).toBe(false);
    expect(loadConfig({ WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true' }).webhookAllowPrivateNetworks).toBe(true);
    expect(() => loadConfig({ WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'yes' })).toThrow(/WEBHOOK_ALLOW_PRIVATE_NETWORKS/);
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
