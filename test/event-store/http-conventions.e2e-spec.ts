import { Body, Controller, Get, Injectable, Module, NotFoundException, Param, Post } from '@nestjs/common';
import { APP_INTERCEPTOR, NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { IsString, MaxLength } from 'class-validator';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import {
  AsyncProjection,
  DocumentProjection,
  DomainEvent,
  EventStore,
  EventStoreModule,
  IdempotencyInterceptor,
  isEvent,
  ProjectionEngine,
  ReadsProjections,
  StoredEvent,
  WriteResult,
} from '@vendorwatch/event-store';
import { configureHttp } from '../../apps/api/src/app';
import { createTestDatabase } from '../helpers/test-database';

class NoteDoc {
  text: string;
}

class NoteWritten extends DomainEvent {
  static readonly type = 'NoteWritten';
  readonly text: string;
}

@Injectable()
@AsyncProjection()
class NotesProjection extends DocumentProjection<NoteDoc> {
  readonly name = 'notes';
  readonly table = 'notes';

  protected keysOf(event: StoredEvent): string[] {
    return isEvent(event, NoteWritten) ? [event.streamId] : [];
  }

  protected reduce(doc: NoteDoc | undefined, event: StoredEvent): NoteDoc | undefined {
    return isEvent(event, NoteWritten) ? { text: event.data.text } : doc;
  }
}

class WriteNoteDto {
  @IsString()
  @MaxLength(100)
  text: string;
}

@Controller('notes')
class NotesController {
  constructor(
    private readonly store: EventStore,
    private readonly db: DataSource,
  ) {}

  @Post()
  write(@Body() body: WriteNoteDto): Promise<WriteResult> {
    return this.store.append({ id: randomUUID(), type: 'Note' }, 0, [
      { type: 'NoteWritten', schemaVersion: 1, data: { text: body.text } },
    ]);
  }

  @Get(':id')
  @ReadsProjections('notes')
  async read(@Param('id') id: string): Promise<NoteDoc> {
    const [row] = await this.db.query(`SELECT doc FROM notes WHERE id = $1`, [id]);
    if (!row) throw new NotFoundException(`Note ${id} was not found.`);
    return row.doc;
  }
}

describe('HTTP conventions on the event store', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let app: NestExpressApplication;
  let engine: ProjectionEngine;
  let db: DataSource;
  const http = () => request(app.getHttpServer());
  const eventCount = async (): Promise<number> => (await db.query(`SELECT count(*)::int AS n FROM events`))[0].n;

  beforeAll(async () => {
    database = await createTestDatabase();
    @Module({
      imports: [EventStoreModule.forRoot({ database, projections: { pollIntervalMs: 200, leaseRetryMs: 200 } })],
      controllers: [NotesController],
      providers: [NotesProjection, { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor }],
    })
    class NotesModule {}
    app = await NestFactory.create<NestExpressApplication>(NotesModule, { bodyParser: false, logger: ['error'] });
    configureHttp(app);
    await app.init();
    db = app.get(DataSource);
    await db.query(`CREATE TABLE notes (id text PRIMARY KEY, doc jsonb NOT NULL)`);
    engine = app.get(ProjectionEngine);
    await engine.start();
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  describe('Idempotency-Key', () => {
    it('replays the first response and appends nothing', async () => {
      const first = await http()
        .post('/api/v1/notes')
        .set('Idempotency-Key', 'note-1')
        .send({ text: 'hello' })
        .expect(201);
      expect(first.body).toEqual({ id: expect.any(String), version: 1, position: expect.stringMatching(/^\d+$/) });
      const before = await eventCount();

      const replay = await http().post('/api/v1/notes').set('Idempotency-Key', 'note-1').send({ text: 'hello' });

      expect(replay.status).toBe(201);
      expect(replay.body).toEqual(first.body);
      expect(await eventCount()).toBe(before);
    });

    it('replays a rejected request as the same error', async () => {
      const first = await http()
        .post('/api/v1/notes')
        .set('Idempotency-Key', 'note-2')
        .send({ text: 'x', extra: 1 })
        .expect(400);
      const replay = await http().post('/api/v1/notes').set('Idempotency-Key', 'note-2').send({ text: 'x', extra: 1 });
      expect(replay.status).toBe(400);
      expect(replay.body).toEqual(first.body);
    });

    it('answers 422 for the same key with another body, and appends nothing', async () => {
      await http().post('/api/v1/notes').set('Idempotency-Key', 'note-3').send({ text: 'first' }).expect(201);
      const before = await eventCount();

      const reused = await http().post('/api/v1/notes').set('Idempotency-Key', 'note-3').send({ text: 'second' });

      expect(reused.status).toBe(422);
      expect(reused.body).toMatchObject({
        statusCode: 422,
        error: 'Unprocessable Entity',
        code: 'IDEMPOTENCY_KEY_REUSED',
      });
      expect(await eventCount()).toBe(before);
    });
  });

  describe('X-Min-Position', () => {
    it('waits until the projection has applied the write', async () => {
      await engine.stop();
      const write = await http().post('/api/v1/notes').send({ text: 'read me' }).expect(201);
      const read = http().get(`/api/v1/notes/${write.body.id}`).set('X-Min-Position', write.body.position);
      setTimeout(() => void engine.start(), 500);

      const answer = await read;

      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({ text: 'read me' });
      expect(BigInt(answer.headers['x-projection-position'])).toBeGreaterThanOrEqual(BigInt(write.body.position));
    });

    it('answers 503 with Retry-After: 1 when the position is not reached within about 5 s', async () => {
      const started = Date.now();
      const answer = await http().get(`/api/v1/notes/${randomUUID()}`).set('X-Min-Position', '9000000000');
      const elapsed = Date.now() - started;

      expect(answer.status).toBe(503);
      expect(answer.headers['retry-after']).toBe('1');
      expect(answer.body).toMatchObject({ statusCode: 503, error: 'Service Unavailable' });
      expect(elapsed).toBeGreaterThanOrEqual(4900);
      expect(elapsed).toBeLessThan(8000);
    });
  });
});
