import { ThrottlerStorage } from '@nestjs/throttler';
import { DataSource } from 'typeorm';

/**
 * The global rate limit's counters in PostgreSQL, so every API process draws on one budget: a fixed window of `ttl`
 * from a key's first request, refused past `limit` until the window ends. One upsert per request, timed by the
 * database's clock so that processes agree.
 */
export class RateLimitWindows implements ThrottlerStorage {
  constructor(private readonly db: DataSource) {}

  async increment(key: string, ttl: number, limit: number): ReturnType<ThrottlerStorage['increment']> {
    const [window]: { hits: number; secondsLeft: number }[] = await this.db.query(
      `INSERT INTO rate_limit_windows AS w (key, ends_at, hits) VALUES ($1, now() + $2 * interval '1 millisecond', 1)
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN w.ends_at <= now() THEN 1 ELSE w.hits + 1 END,
         ends_at = CASE WHEN w.ends_at <= now() THEN EXCLUDED.ends_at ELSE w.ends_at END
       RETURNING hits, ceil(extract(epoch FROM ends_at - now()))::int AS "secondsLeft"`,
      [key, ttl],
    );
    const isBlocked = window.hits > limit;
    return {
      totalHits: window.hits,
      timeToExpire: window.secondsLeft,
      isBlocked,
      timeToBlockExpire: isBlocked ? window.secondsLeft : 0,
    };
  }
}
