/**
 * SPEC §1 `code`: the stable UPPER_SNAKE name of the rule that refused a 409, 412 or 422; clients branch on it,
 * never on the message. Each context declares its codes in one catalogue beside its domain errors.
 */
export type ErrorCode = Uppercase<string>;

/** The codes shared by every context: the event store's and its HTTP conventions'. */
export const CommonErrorCode = {
  /** 412: `If-Match` (or a racing writer) expected another version of the stream. */
  STALE_VERSION: 'STALE_VERSION',
  /** 409: the aggregate's status forbids the command; the message names the status. */
  INVALID_STATUS: 'INVALID_STATUS',
  /** 422: an `Idempotency-Key` replayed with another request body. */
  IDEMPOTENCY_KEY_REUSED: 'IDEMPOTENCY_KEY_REUSED',
  /** 409: the first request with this `Idempotency-Key` has not answered yet (or was just abandoned); retry. */
  IDEMPOTENCY_KEY_IN_FLIGHT: 'IDEMPOTENCY_KEY_IN_FLIGHT',
} as const;
export type CommonErrorCode = (typeof CommonErrorCode)[keyof typeof CommonErrorCode];

/**
 * Typed errors raised by domain code and the event store. The HTTP error filter maps each kind to a status code,
 * so domain code never speaks HTTP.
 */
export abstract class DomainError extends Error {
  abstract readonly kind: 'not_found' | 'conflict' | 'rule_violation' | 'precondition_failed';
  /** Set on every 409, 412 and 422; a 404 names no rule. */
  abstract readonly code: ErrorCode | undefined;

  constructor(
    message: string,
    readonly details?: unknown[],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** 404: the id is unknown, or not visible to the caller. */
export class NotFoundError extends DomainError {
  readonly kind = 'not_found';
  readonly code = undefined;

  static of(what: string, id: string): NotFoundError {
    return new NotFoundError(`${what} ${id} was not found.`);
  }
}

/** 409: the aggregate's current state forbids the command. */
export class InvalidStateError extends DomainError {
  readonly kind = 'conflict';

  constructor(
    readonly code: ErrorCode,
    message: string,
    details?: unknown[],
  ) {
    super(message, details);
  }
}

/** 422: the values are well-formed but a business rule rejects them. */
export class BusinessRuleError extends DomainError {
  readonly kind = 'rule_violation';

  constructor(
    readonly code: ErrorCode,
    message: string,
    details?: unknown[],
  ) {
    super(message, details);
  }
}

/** 412: the stream is no longer at the version the writer expected. */
export class ConcurrencyError extends DomainError {
  readonly kind = 'precondition_failed';
  readonly code = CommonErrorCode.STALE_VERSION;

  constructor(
    readonly streamId: string,
    readonly expectedVersion: number,
    readonly currentVersion: number,
  ) {
    super(
      `The resource was changed by someone else: expected version ${expectedVersion}, it is now at ${currentVersion}.`,
    );
  }
}
