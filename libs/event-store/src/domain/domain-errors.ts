/**
 * Typed errors raised by domain code and the event store. The HTTP error filter maps each kind to a status code,
 * so domain code never speaks HTTP.
 */
export abstract class DomainError extends Error {
  abstract readonly kind: 'not_found' | 'conflict' | 'rule_violation' | 'precondition_failed';
  /** SPEC §1's stable `UPPER_SNAKE` name of the refusing rule, when the error class names one. */
  readonly code?: string;

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

  static of(what: string, id: string): NotFoundError {
    return new NotFoundError(`${what} ${id} was not found.`);
  }
}

/** 409: the aggregate's current state forbids the command. */
export class InvalidStateError extends DomainError {
  readonly kind = 'conflict';
}

/** 422: the values are well-formed but a business rule rejects them. */
export class BusinessRuleError extends DomainError {
  readonly kind = 'rule_violation';
}

/** 412: the stream is no longer at the version the writer expected. */
export class ConcurrencyError extends DomainError {
  readonly kind = 'precondition_failed';

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
