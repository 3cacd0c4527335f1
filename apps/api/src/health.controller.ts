import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import { ProjectionCheckpoints, ProjectionStatus } from '@vendorwatch/event-store';
import { Public } from '@vendorwatch/identity';
import { MailOutbox } from '@vendorwatch/notifications';
import { WebhookBacklog, WebhookBacklogs } from '@vendorwatch/webhooks';

/** A load balancer waits a few seconds at most: past this the database counts as down. */
const HEALTH_TIMEOUT_MS = 4_000;

function within<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly checkpoints: ProjectionCheckpoints,
    private readonly mailOutbox: MailOutbox,
    private readonly webhooks: WebhookBacklogs,
  ) {}

  /** Not rate limited: the limit's windows live in the database, which is what this route checks. */
  @Public()
  @SkipThrottle()
  @Get()
  @ApiOkResponse({
    description:
      'The database is up; projections with their position and lag; webhooks with their backlog (events not yet delivered); the mail outbox with its depth (messages not delivered yet).',
  })
  @ApiServiceUnavailableResponse({ description: 'The database is down or does not answer within 4 s.' })
  async health(): Promise<{
    status: 'ok';
    database: 'up';
    projections: ProjectionStatus[];
    webhooks: WebhookBacklog[];
    mailOutbox: { depth: number };
  }> {
    try {
      const [projections, webhooks, depth] = await within(
        Promise.all([this.checkpoints.statuses(), this.webhooks.all(), this.mailOutbox.depth()]),
        HEALTH_TIMEOUT_MS,
      );
      return { status: 'ok', database: 'up', projections, webhooks, mailOutbox: { depth } };
    } catch {
      throw new ServiceUnavailableException({ message: 'The database is down.', database: 'down', retryAfter: 5 });
    }
  }
}
