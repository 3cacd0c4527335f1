import { registerDecorator, ValidationOptions } from 'class-validator';
import { isIsoDate, parseIsoInstant } from '../text/iso-time';

function rule(name: string, message: string, test: (value: string) => boolean) {
  return (options?: ValidationOptions): PropertyDecorator =>
    (target, propertyName) =>
      registerDecorator({
        name,
        target: target.constructor,
        propertyName: propertyName as string,
        options: { message: `$property ${message}`, ...options },
        validator: { validate: (value: unknown) => typeof value === 'string' && test(value) },
      });
}

/** An instant as `parseIsoInstant` reads it: `2026-03-02T14:05:00.000Z`, an offset, or a date alone. */
export const IsIsoInstant = rule(
  'isIsoInstant',
  'must be an ISO-8601 date-time such as 2026-03-02T14:05:00.000Z (or a date 2026-03-02), years 0001–9999',
  (value) => parseIsoInstant(value) !== undefined,
);

/** A calendar date `YYYY-MM-DD` that exists. */
export const IsIsoDate = rule('isIsoDate', 'must be a date YYYY-MM-DD that exists', isIsoDate);
