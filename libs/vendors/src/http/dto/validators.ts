import { ValidateBy, ValidationOptions } from 'class-validator';
import { IANAZone } from 'luxon';

/** An IANA time zone name such as `Asia/Manila`. */
export function IsIanaTimeZone(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isIanaTimeZone',
      validator: {
        validate: (value) => typeof value === 'string' && IANAZone.isValidZone(value),
        defaultMessage: (args) => `${args?.property} must be an IANA time zone such as Europe/Berlin`,
      },
    },
    options,
  );
}

/** A well-formed BCP-47 language tag such as `en`, `pt-BR` or `zh-Hant-TW`. */
export function IsBcp47LanguageTag(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isBcp47LanguageTag',
      validator: {
        validate: (value) => typeof value === 'string' && isLanguageTag(value),
        defaultMessage: (args) => `each value in ${args?.property} must be a BCP-47 language tag such as en or pt-BR`,
      },
    },
    options,
  );
}

function isLanguageTag(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}
