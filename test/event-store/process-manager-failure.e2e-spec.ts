import { Injectable, Logger, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { EntityManager } from 'typeorm';
import {
  AggregateRepository,
  AsyncProjection,
  EventStore,
  EventStoreModule,
  InjectAggregateRepository,
  isEvent,
  Projection,
  ProjectionEngine,
  StoredEvent,
} from '@vendorwatch/event-store';
import { MailOutbox } from '@vendorwatch/notifications';
import { WebhookBacklogs } from '@vendorwatch/webhooks';
import { HealthController } from '../../apps/api/src/health.controller';
import { eventually } from '../helpers/eventually';
import { createTestDatabase } from '../helpers/test-database';
import { Counter, CounterOpened } from './support/counter.aggregate';

/** A process manager whose reaction (incrementing the counter it saw opened) fails until the receiver is back. */
@Injectable()
@AsyncProjection()
class FlakyReaction implements Projection {
  static receiverDown = true;
  readonly name = 'flaky-reaction';
  readonly tables = [] as const;
  attempts = 0;

  constructor(@InjectAggregateRepository(Counter) private readonly counters: AggregateRepository<Counter>) {}

  async apply(events: StoredEvent[], manager: EntityManager): Promise<void> {
    for (const event of events) {
      if (!isEvent(event, CounterOpened)) continue;
      this.attempts += 1;
      if (FlakyReaction.receiverDown) throw new Error('the receiver is down');
      const counter = await this.counters.load(event.data.counterId, { manager });
      counter.increment(1);
      await this.counters.save(counter, { manager });
    }
  }
}

describe('a process manager whose reaction fails', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let app: NestExpressApplication;

  beforeAll(async () => {
    Logger.overrideLogger(false);
    database = await createTestDatabase();
    @Module({
      imports: [
        EventStoreModule.forRoot({ database, projections: { pollIntervalMs: 100, leaseRetryMs: 100 } }),
        EventStoreModule.forFeature({ aggregates: [Counter] }),
      ],
      controllers: [HealthController],
      providers: [FlakyReaction, MailOutbox, WebhookBacklogs],
    })
    class FlakyModule {}
    app = await NestFactory.create<NestExpressApplication>(FlakyModule, { logger: false });
    app.setGlobalPrefix('api/v1');
    await app.init();
    await app.get(ProjectionEngine).start();
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  it('is retried with backoff, never skipped, and named in GET /health with its reason while it fails', async () => {
    const store = app.get(EventStore);
    await store.append({ id: 'c-1', type: Counter.streamType }, 0, [
      { type: CounterOpened.type, schemaVersion: 1, data: { counterId: 'c-1' } },
    ]);
    const failing = await eventually(async () => {
      const { body } = await request(app.getHttpServer()).get('/api/v1/health').expect(200);
      const status = body.projections.find((p: { name: string }) => p.name === 'flaky-reaction');
      expect(status.failing).toEqual({ since: expect.any(String), attempts: 2, reason: 'the receiver is down' });
      return status;
    }, 10_000);
    expect(failing.position).toBe('0');
    expect(failing.lag).toBe(1);

    FlakyReaction.receiverDown = false;
    await eventually(async () => {
      expect((await store.readStream('c-1')).map((e) => e.type)).toEqual(['CounterOpened', 'CounterIncremented']);
    }, 15_000);
    const { body } = await request(app.getHttpServer()).get('/api/v1/health').expect(200);
    const recovered = body.projections.find((p: { name: string }) => p.name === 'flaky-reaction');
    expect(recovered.failing).toBeUndefined();
    expect(app.get(FlakyReaction).attempts).toBeGreaterThanOrEqual(3);
  });
});
