import { HttpException, HttpStatus } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import { isDatabaseUnavailable } from '../database/database-unavailable';
import { ConcurrencyError, DomainError } from '../domain/domain-errors';

/** The error shape of SPEC §1. */
export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  /** Every 409, 412 and 422: the rule that refused (`ErrorCode`). */
  code?: string;
  details?: unknown[];
  [extra: string]: unknown;
}

const STATUS_BY_KIND: Record<DomainError['kind'], number> = {
  not_found: HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  rule_violation: HttpStatus.UNPROCESSABLE_ENTITY,
  precondition_failed: HttpStatus.PRECONDITION_FAILED,
};

const DATABASE_RETRY_AFTER_S = 2;

export function errorBody(statusCode: number, message: string, details?: unknown[], extra: object = {}): ErrorBody {
  return {
    statusCode,
    error: STATUS_CODES[statusCode] ?? 'Error',
    message,
    ...(details && details.length ? { details } : {}),
    ...extra,
  };
}

/** An `HttpException` body's `message` as text: a primitive as itself, anything else as JSON (not "[object Object]"). */
function messageText(message: unknown): string {
  if (typeof message === 'string') return message;
  if (typeof message === 'number' || typeof message === 'boolean' || typeof message === 'bigint')
    return String(message);
  return JSON.stringify(message);
}

/** Maps any thrown value to the status and body a client sees; unknown errors never leak their text. */
export function toErrorBody(exception: unknown): ErrorBody {
  if (exception instanceof ConcurrencyError) {
    return errorBody(HttpStatus.PRECONDITION_FAILED, exception.message, undefined, {
      code: exception.code,
      currentVersion: exception.currentVersion,
    });
  }
  if (exception instanceof DomainError) {
    const extra = exception.code === undefined ? {} : { code: exception.code };
    return errorBody(STATUS_BY_KIND[exception.kind], exception.message, exception.details, extra);
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const response = exception.getResponse();
    if (typeof response === 'string') return errorBody(status, response);
    const { message, details, statusCode: _s, error: _e, ...extra } = response as Record<string, unknown>;
    const text = Array.isArray(message) ? message.join('; ') : messageText(message ?? exception.message);
    return errorBody(status, text, details as unknown[] | undefined, extra);
  }
  const bodyParserError = exception as { type?: string; status?: number };
  if (bodyParserError?.type === 'entity.too.large') {
    return errorBody(HttpStatus.PAYLOAD_TOO_LARGE, 'The request body is larger than this route accepts.');
  }
  if (bodyParserError?.type === 'entity.parse.failed') {
    return errorBody(HttpStatus.BAD_REQUEST, 'The request body is not valid JSON.');
  }
  if (typeof bodyParserError?.status === 'number' && bodyParserError.status >= 400 && bodyParserError.status < 500) {
    return errorBody(bodyParserError.status, 'The request could not be read.');
  }
  if (isDatabaseUnavailable(exception)) {
    return errorBody(HttpStatus.SERVICE_UNAVAILABLE, 'The database is busy or unreachable; retry shortly.', undefined, {
      retryAfter: DATABASE_RETRY_AFTER_S,
    });
  }
  return errorBody(
    HttpStatus.INTERNAL_SERVER_ERROR,
    'Something went wrong on our side. The error was logged; please retry.',
  );
}
