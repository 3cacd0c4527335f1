import { ValidateBy, ValidationOptions } from 'class-validator';
import { dayNumberOf } from '../../domain/civil-date';
import { isTimeZone } from '../../domain/wall-clock';

const rule = (name: string, message: string, test: (value: unknown) => boolean) => (options?: ValidationOptions) =>
  ValidateBy(
    { name, validator: { validate: test, defaultMessage: (args) => `${args?.property} ${message}` } },
    options,
  );

/** An IANA time zone such as `Asia/Manila`. */
export const IsIanaTimeZone = rule(
  'isIanaTimeZone',
  'must be an IANA time zone such as America/New_York',
  (value) => typeof value === 'string' && isTimeZone(value),
);

/** A calendar date `YYYY-MM-DD` that exists. */
export const IsDateOnly = rule(
  'isDateOnly',
  'must be a date YYYY-MM-DD',
  (value) => typeof value === 'string' && dayNumberOf(value) !== undefined,
);

/** An ISO-8601 date-time with its zone (`Z` or an offset): an instant. */
export const IsInstant = rule(
  'isInstant',
  'must be an ISO-8601 date-time with Z or an offset, such as 2026-03-02T14:05:00Z',
  (value) =>
    typeof value === 'string' &&
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/.test(value) &&
    !Number.isNaN(Date.parse(value)),
);
