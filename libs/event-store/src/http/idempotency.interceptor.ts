import {
  BadRequestException,
  CallHandler,
  ExecutionContext,
  HttpException,
  HttpStatus,
  Injectable,
  NestInterceptor,
  SetMetadata,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Request, Response } from 'express';
import { createHash } from 'node:crypto';
import { catchError, concatMap, from, map, Observable, of, switchMap } from 'rxjs';
import { DataSource } from 'typeorm';
import { RequestContext } from '../context/request-context';
import { queryRow, queryRows } from '../database/typed-query';
import { BusinessRuleError, CommonErrorCode, InvalidStateError } from '../domain/domain-errors';
import { Job } from '../projections/projection-discovery';
import { ScheduledJob } from '../projections/scheduled-job';
import { ErrorBody, toErrorBody } from './error-body';

const KEEP_HOURS = 24;
/**
 * Longer than any request may run (statement timeouts, the write retry bound): an older unanswered claim whose
 * request appended nothing crashed, and may run again.
 */
const IN_FLIGHT_MINUTES = 2;
const IGNORES_IDEMPOTENCY_KEY = 'vendorwatch:ignores-idempotency-key';

interface IdempotencyRow {
  request_hash: string;
  /** Null while the first request is still running. */
  status_code: number | null;
  /** The stored answer's body: an `ErrorBody` when the status is 400 or more. */
  response: unknown;
  /** The write result of the request's append, recorded with it: the answer of a request that never answered. */
  appended: object | null;
}

/**
 * A POST whose replay must not be served from storage: login (the stored answer would hold a token) and streamed
 * uploads (their body is not parsed, so a different body could not be told apart; they are idempotent by their
 * own keys instead). The header is then ignored.
 */
export const IgnoresIdempotencyKey = () => SetMetadata(IGNORES_IDEMPOTENCY_KEY, true);

/**
 * `Idempotency-Key` on POST (SPEC §1): the first response is stored in PostgreSQL with a hash of the request; a
 * replay with the same body returns it and runs nothing, the same key with another body is 422.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor<unknown, unknown> {
  constructor(
    private readonly db: DataSource,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler<unknown>): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request>();
    const key = request.header('idempotency-key');
    if (request.method !== 'POST' || key === undefined) return next.handle();
    if (
      this.reflector.getAllAndOverride<boolean>(IGNORES_IDEMPOTENCY_KEY, [context.getHandler(), context.getClass()])
    ) {
      return next.handle();
    }
    if (key.length === 0 || key.length > 200)
      throw new BadRequestException('Idempotency-Key must be 1 to 200 characters.');
    const userKey = RequestContext.actor()?.id ?? `anonymous:${request.ip}`;
    const hash = createHash('sha256')
      .update(`${request.method} ${request.originalUrl}\n${JSON.stringify(request.body ?? null)}`)
      .digest('hex');
    const response = context.switchToHttp().getResponse<Response>();
    RequestContext.claimIdempotency({ userKey, key });

    return from(this.claim(userKey, key, hash)).pipe(
      switchMap((previous) => {
        if (!previous) return this.runAndRemember(next, userKey, key, response);
        if (previous.request_hash !== hash) {
          throw new BusinessRuleError(
            CommonErrorCode.IDEMPOTENCY_KEY_REUSED,
            'This Idempotency-Key was already used with a different request body.',
          );
        }
        if (previous.status_code === null && previous.appended) {
          // Its append committed but it never answered (it failed or crashed after): that write is the answer.
          const appended = previous.appended;
          return from(this.remember(userKey, key, HttpStatus.CREATED, appended)).pipe(
            map(() => {
              response.status(HttpStatus.CREATED);
              return appended;
            }),
          );
        }
        if (previous.status_code === null)
          throw new InvalidStateError(
            CommonErrorCode.IDEMPOTENCY_KEY_IN_FLIGHT,
            'A request with this Idempotency-Key is still being processed.',
          );
        if (previous.status_code >= 400) throw new HttpException(previous.response as ErrorBody, previous.status_code);
        response.status(previous.status_code);
        return of(previous.response);
      }),
    );
  }

  private runAndRemember(
    next: CallHandler<unknown>,
    userKey: string,
    key: string,
    response: Response,
  ): Observable<unknown> {
    return next.handle().pipe(
      concatMap((body) => from(this.remember(userKey, key, response.statusCode, body ?? null)).pipe(map(() => body))),
      catchError((error) => {
        const body = toErrorBody(error);
        const settle =
          body.statusCode >= 500
            ? this.settleFailure(userKey, key)
            : this.remember(userKey, key, body.statusCode, body);
        return from(settle).pipe(
          switchMap(() => {
            throw error;
          }),
        );
      }),
    );
  }

  /**
   * After a 5xx: when the request's append had committed, its write result becomes the key's answer (a retry must
   * not append again); otherwise the key is forgotten, so a retry runs. Best effort: the database may be down.
   */
  private async settleFailure(userKey: string, key: string): Promise<void> {
    try {
      const row = await queryRow<{ appended: object | null }>(
        this.db,
        `SELECT appended FROM idempotency_keys WHERE user_key = $1 AND idempotency_key = $2`,
        [userKey, key],
      );
      if (row?.appended) await this.remember(userKey, key, HttpStatus.CREATED, row.appended);
      else await this.forget(userKey, key);
    } catch {
      // The claim stays in flight and is reclaimed after IN_FLIGHT_MINUTES.
    }
  }

  /** Inserts the key, or returns the earlier request's row; expired keys, and claims of crashed requests, are reclaimed. */
  private async claim(userKey: string, key: string, hash: string): Promise<IdempotencyRow | undefined> {
    const inserted = await queryRows<{ claimed: number }>(
      this.db,
      `INSERT INTO idempotency_keys (user_key, idempotency_key, request_hash) VALUES ($1, $2, $3)
       ON CONFLICT (user_key, idempotency_key) DO UPDATE
         SET request_hash = EXCLUDED.request_hash, status_code = NULL, response = NULL, appended = NULL, created_at = now()
         WHERE idempotency_keys.created_at < now() - interval '${KEEP_HOURS} hours'
            OR (idempotency_keys.status_code IS NULL AND idempotency_keys.appended IS NULL
                AND idempotency_keys.created_at < now() - interval '${IN_FLIGHT_MINUTES} minutes')
       RETURNING 1 AS claimed`,
      [userKey, key, hash],
    );
    if (inserted.length) return undefined;
    const row = await queryRow<IdempotencyRow>(
      this.db,
      `SELECT request_hash, status_code, response, appended FROM idempotency_keys
       WHERE user_key = $1 AND idempotency_key = $2`,
      [userKey, key],
    );
    if (!row) {
      const message = 'A request with this Idempotency-Key was just abandoned; retry.';
      throw new InvalidStateError(CommonErrorCode.IDEMPOTENCY_KEY_IN_FLIGHT, message);
    }
    return row;
  }

  private async remember(userKey: string, key: string, status: number, body: unknown): Promise<void> {
    await this.db.query(
      `UPDATE idempotency_keys SET status_code = $3, response = $4 WHERE user_key = $1 AND idempotency_key = $2`,
      [userKey, key, status, JSON.stringify(body)],
    );
  }

  private async forget(userKey: string, key: string): Promise<void> {
    await this.db.query(`DELETE FROM idempotency_keys WHERE user_key = $1 AND idempotency_key = $2`, [userKey, key]);
  }
}

/** Forgets keys past the 24 hours SPEC §1 keeps them, so the table does not grow for ever. */
@Injectable()
@Job()
export class IdempotencyPurgeJob implements ScheduledJob {
  readonly name = 'idempotency-purge';
  readonly intervalMs = 10 * 60 * 1000;

  constructor(private readonly db: DataSource) {}

  async run(): Promise<void> {
    await this.db.query(`DELETE FROM idempotency_keys WHERE created_at < now() - interval '${KEEP_HOURS} hours'`);
  }
}
