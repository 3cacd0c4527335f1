import { Injectable } from '@nestjs/common';
import { Clock, ScheduledJob } from '@vendorwatch/event-store';
import { DataSource } from 'typeorm';
import { WINDOW_MS } from './login-throttle';

/** Forgets login attempts and lockouts that no longer count, so guessing at many emails cannot grow the tables. */
@Injectable()
export class LoginAttemptsCleanupJob implements ScheduledJob {
  readonly name = 'identity-login-attempts-cleanup';
  readonly intervalMs = 10 * 60 * 1000;

  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async run(): Promise<void> {
    const now = this.clock.now();
    await this.db.query(`DELETE FROM login_attempts WHERE attempted_at <= $1`, [new Date(now.getTime() - WINDOW_MS)]);
    await this.db.query(`DELETE FROM login_lockouts WHERE locked_until <= $1`, [now]);
  }
}
