import { HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { Clock, queryRow, queryRows } from '@vendorwatch/event-store';
import { DataSource, EntityManager } from 'typeorm';

export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60 * 1000;
export const LOCKOUT_MS = 15 * 60 * 1000;

export class TooManyLoginAttempts extends HttpException {
  constructor(retryAfterSeconds: number) {
    super(
      {
        message: `Too many failed sign-ins for this email; try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s).`,
        retryAfter: Math.max(1, retryAfterSeconds),
      },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}

export interface LoginAttempt {
  id: string;
  emailKey: string;
}

/**
 * SPEC §2 login throttling, in PostgreSQL so it holds across API processes: after 5 failures for one email within
 * 15 minutes, every attempt for it is refused for the next 15 minutes. An attempt is recorded as `pending` before
 * the password is checked, so a burst of parallel guesses cannot slip more than 5 past the limit.
 */
@Injectable()
export class LoginThrottle {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Records the attempt, or throws `TooManyLoginAttempts` while the email is locked. */
  async begin(emailKey: string): Promise<LoginAttempt> {
    const now = this.clock.now();
    return this.db.transaction(async (manager) => {
      await this.lock(manager, emailKey);
      const lockout = await queryRow<{ locked_until: Date }>(
        manager,
        `SELECT locked_until FROM login_lockouts WHERE email_key = $1 AND locked_until > $2`,
        [emailKey, now],
      );
      if (lockout)
        throw new TooManyLoginAttempts(Math.ceil((new Date(lockout.locked_until).getTime() - now.getTime()) / 1000));
      await manager.query(`DELETE FROM login_attempts WHERE email_key = $1 AND attempted_at <= $2`, [
        emailKey,
        windowStart(now),
      ]);
      const [{ recent }] = await queryRows<{ recent: number }>(
        manager,
        `SELECT count(*)::int AS recent FROM login_attempts WHERE email_key = $1`,
        [emailKey],
      );
      // Only parallel attempts still in flight get here: they may yet succeed, so ask to retry shortly.
      if (recent >= MAX_FAILURES) throw new TooManyLoginAttempts(1);
      const [{ id }] = await queryRows<{ id: string }>(
        manager,
        `INSERT INTO login_attempts (email_key, attempted_at, outcome) VALUES ($1, $2, 'pending') RETURNING id`,
        [emailKey, now],
      );
      return { id: String(id), emailKey };
    });
  }

  /** The password was wrong: the attempt counts, and the fifth failure in the window locks the email. */
  async failed(attempt: LoginAttempt): Promise<void> {
    const now = this.clock.now();
    await this.db.transaction(async (manager) => {
      await this.lock(manager, attempt.emailKey);
      await manager.query(`UPDATE login_attempts SET outcome = 'failed' WHERE id = $1`, [attempt.id]);
      const [{ failures }] = await queryRows<{ failures: number }>(
        manager,
        `SELECT count(*)::int AS failures FROM login_attempts WHERE email_key = $1 AND outcome = 'failed' AND attempted_at > $2`,
        [attempt.emailKey, windowStart(now)],
      );
      if (failures < MAX_FAILURES) return;
      await manager.query(
        `INSERT INTO login_lockouts (email_key, locked_until) VALUES ($1, $2)
         ON CONFLICT (email_key) DO UPDATE SET locked_until = EXCLUDED.locked_until`,
        [attempt.emailKey, new Date(now.getTime() + LOCKOUT_MS)],
      );
      await manager.query(`DELETE FROM login_attempts WHERE email_key = $1 AND outcome = 'failed'`, [attempt.emailKey]);
    });
  }

  /** The right password: earlier failures no longer count against the email. */
  async succeeded(attempt: LoginAttempt): Promise<void> {
    await this.db.query(`DELETE FROM login_attempts WHERE email_key = $1 AND (outcome = 'failed' OR id = $2)`, [
      attempt.emailKey,
      attempt.id,
    ]);
  }

  private async lock(manager: EntityManager, emailKey: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext(current_schema() || ':login:' || $1))`, [emailKey]);
  }
}

function windowStart(now: Date): Date {
  return new Date(now.getTime() - WINDOW_MS);
}
