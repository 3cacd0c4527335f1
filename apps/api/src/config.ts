import { assertSchemaName, FAILPOINT_ENV } from '@vendorwatch/event-store';
import { LogLevel } from '@nestjs/common';

/** Everything the product reads from the environment, validated once at start (SPEC §11). */
export interface AppConfig {
  port: number;
  databaseUrl?: string;
  /** A streaming replica of DATABASE_URL for report and list reads (SPEC §16). */
  databaseReplicaUrl?: string;
  databaseSchema: string;
  worker: boolean;
  logLevels: LogLevel[];
  rateLimitPerMinute: number;
  jwtSecret?: string;
  admin?: { email: string; password: string };
  production: boolean;
  /** Email (SPEC §14): unset `smtpUrl` means messages are logged and marked as not sent. */
  mail: { smtpUrl?: string; from: string; publicUrl: string };
  /** WEBHOOK_ALLOW_PRIVATE_NETWORKS: webhooks may target loopback, private and link-local addresses. */
  webhookAllowPrivateNetworks: boolean;
}

const LOG_LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

export class ConfigError extends Error {}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}; it is "${raw}".`);
  }
  return value;
}

function oneOf<T extends string>(env: NodeJS.ProcessEnv, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!allowed.includes(raw as T))
    throw new ConfigError(`${name} must be one of ${allowed.join(', ')}; it is "${raw}".`);
  return raw as T;
}

/** An absolute URL with one of `protocols`, or a ConfigError naming the variable (without echoing a password). */
function url(env: NodeJS.ProcessEnv, name: string, protocols: string[]): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const parsed = URL.canParse(raw) ? new URL(raw) : undefined;
  if (!parsed || !protocols.includes(parsed.protocol) || !parsed.hostname)
    throw new ConfigError(`${name} must be a ${protocols.map((p) => `${p}//`).join(' or ')} URL.`);
  return raw;
}

const MAILBOX = /^(?:[^<>]{1,100} )?<?[^\s@<>]{1,64}@[^\s@<>]+\.[^\s@<>]{2,}>?$/;

function mailFrom(env: NodeJS.ProcessEnv): string {
  const raw = env.MAIL_FROM;
  if (raw === undefined || raw === '') return 'Vendorwatch <vendorwatch@localhost.localdomain>';
  if (!MAILBOX.test(raw))
    throw new ConfigError(`MAIL_FROM must be an address (ops@example.com or "Vendorwatch <ops@example.com>").`);
  return raw;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must be a postgres:// URL (or unset for the embedded database).');
  }
  const databaseReplicaUrl = env.DATABASE_REPLICA_URL || undefined;
  if (databaseReplicaUrl && !/^postgres(ql)?:\/\//.test(databaseReplicaUrl)) {
    throw new ConfigError('DATABASE_REPLICA_URL must be a postgres:// URL.');
  }
  if (databaseReplicaUrl && !databaseUrl) {
    throw new ConfigError('DATABASE_REPLICA_URL needs DATABASE_URL: it names a replica of that primary.');
  }
  let databaseSchema: string;
  try {
    databaseSchema = assertSchemaName(env.DATABASE_SCHEMA || 'public');
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
  const logLevel = oneOf(env, 'LOG_LEVEL', LOG_LEVELS, 'log');
  const adminEmail = env.ADMIN_EMAIL || undefined;
  const adminPassword = env.ADMIN_PASSWORD || undefined;
  if (Boolean(adminEmail) !== Boolean(adminPassword)) {
    throw new ConfigError('ADMIN_EMAIL and ADMIN_PASSWORD must be set together.');
  }
  if (adminPassword && adminPassword.length < 12)
    throw new ConfigError('ADMIN_PASSWORD must have at least 12 characters.');
  if (env.JWT_SECRET !== undefined && env.JWT_SECRET.length < 32) {
    throw new ConfigError('JWT_SECRET must have at least 32 characters.');
  }
  const production =
    oneOf(env, 'NODE_ENV', ['development', 'production', 'test'] as const, 'development') === 'production';
  if (production && env[FAILPOINT_ENV])
    throw new ConfigError(`${FAILPOINT_ENV} is for tests only; unset it in production.`);
  const port = integer(env, 'PORT', 3000, 0, 65535);
  const publicUrl = url(env, 'PUBLIC_URL', ['http:', 'https:']) ?? `http://localhost:${port}`;
  return {
    port,
    databaseUrl,
    databaseReplicaUrl,
    databaseSchema,
    worker: oneOf(env, 'WORKER', ['on', 'off'] as const, 'on') === 'on',
    logLevels: LOG_LEVELS.slice(0, LOG_LEVELS.indexOf(logLevel) + 1),
    rateLimitPerMinute: integer(env, 'RATE_LIMIT_PER_MINUTE', 600, 1, 1_000_000),
    jwtSecret: env.JWT_SECRET,
    admin: adminEmail && adminPassword ? { email: adminEmail, password: adminPassword } : undefined,
    production,
    mail: {
      smtpUrl: url(env, 'SMTP_URL', ['smtp:', 'smtps:']),
      from: mailFrom(env),
      publicUrl: publicUrl.replace(/\/+$/, ''),
    },
    webhookAllowPrivateNetworks:
      oneOf(env, 'WEBHOOK_ALLOW_PRIVATE_NETWORKS', ['true', 'false'] as const, 'false') === 'true',
  };
}
