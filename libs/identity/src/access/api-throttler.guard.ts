import { ExecutionContext, HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { ThrottlerGuard, ThrottlerLimitDetail } from '@nestjs/throttler';
import { RequestContext } from '@vendorwatch/event-store';

/**
 * The global rate limit (`RATE_LIMIT_PER_MINUTE`): one budget per signed-in user across all routes, or per client
 * address for public routes. Runs after `AccessGuard`, which sets the actor.
 */
@Injectable()
export class ApiThrottlerGuard extends ThrottlerGuard {
  protected override async getTracker(request: Record<string, unknown>): Promise<string> {
    const actor = RequestContext.actor();
    return actor ? `user:${actor.id}` : `address:${await super.getTracker(request)}`;
  }

  protected override generateKey(_context: ExecutionContext, tracker: string, name: string): string {
    return `${name}:${tracker}`;
  }

  protected override throwThrottlingException(_context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    return Promise.reject(
      new HttpException(
        {
          message: `Too many requests: the limit is ${detail.limit} per minute; retry in ${detail.timeToBlockExpire} s.`,
          retryAfter: detail.timeToBlockExpire,
        },
        HttpStatus.TOO_MANY_REQUESTS,
      ),
    );
  }
}
