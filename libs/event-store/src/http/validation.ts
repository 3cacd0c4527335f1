import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';

interface FieldError {
  field: string;
  errors: string[];
}

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    // A missing field is one message, not every constraint it would have had to meet.
    const messages = error.value === undefined ? [`${field} is required`] : Object.values(error.constraints ?? {});
    const own = error.constraints ? [{ field, errors: messages }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Whitelisting validation: unknown properties are rejected, and every invalid field is listed in `details`. */
export function validationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => {
      const details = flatten(errors);
      const summary = details.map((d) => d.errors.join(', ')).join('; ');
      return new BadRequestException({ message: `Invalid request: ${summary}.`, details });
    },
  });
}
