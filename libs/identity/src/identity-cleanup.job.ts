import { Injectable } from '@nestjs/common';
import { Clock, Job, ScheduledJob } from '@vendorwatch/event-store';
import { DataSource } from 'typeorm';
import { WINDOW_MS } from './auth/login-throttle';

/**
 * Forgets login attempts, lockouts and rate-limit windows that no longer count, so requests for many emails or
 * from many addresses cannot grow the tables.
 */
@Injectable()
@Job()
export class IdentityCleanupJob implements ScheduledJob {
  readonly name = 'identity-cleanup';
  readonly intervalMs = 10 * 60 * 1000;

  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async run(): Promise<void> {
    const now = this.clock.now();
    await this.db.query(`DELETE FROM login_attempts WHERE attempted_at <= $1`, [new Date(now.getTime() - WINDOW_MS)]);
    await this.db.query(`DELETE FROM login_lockouts WHERE locked_until <= $1`, [now]);
    // Rate-limit windows are timed by the database's clock (see RateLimitWindows), not the injectable one.
    await this.db.query(`DELETE FROM rate_limit_windows WHERE ends_at <= now()`);
  }
}
