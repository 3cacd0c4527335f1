import { isIsoDate } from '@vendorwatch/event-store';
import { registerDecorator, ValidationOptions } from 'class-validator';
import { IANAZone } from 'luxon';

function rule(name: string, message: string, test: (value: unknown) => boolean) {
  return (options?: ValidationOptions): PropertyDecorator =>
    (target, propertyName) =>
      registerDecorator({
        name,
        target: target.constructor,
        propertyName: propertyName as string,
        options: { message: `$property ${message}`, ...options },
        validator: { validate: test },
      });
}

/** An IANA time zone such as `America/New_York`. */
export const IsIanaTimezone = rule(
  'isIanaTimezone',
  'must be an IANA time zone such as Europe/Paris',
  (value) => typeof value === 'string' && IANAZone.isValidZone(value),
);

/** A calendar date `YYYY-MM-DD` that exists. */
export const IsDateOnly = rule(
  'isDateOnly',
  'must be a date YYYY-MM-DD',
  (value) => typeof value === 'string' && isIsoDate(value),
);

/** A time of day `HH:MM` (00:00–23:59). */
export const IsTimeOfDay = rule(
  'isTimeOfDay',
  'must be a time HH:MM between 00:00 and 23:59',
  (value) => typeof value === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(value),
);
