import { registerDecorator, ValidationArguments } from 'class-validator';
import { triggerProblems } from '../../domain/escalation-trigger';

/** Validates a trigger by its `type` (the shapes of SPEC §9), naming every wrong field. */
export function IsEscalationTrigger(): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isEscalationTrigger',
      target: target.constructor,
      propertyName: String(propertyName),
      validator: {
        validate: (value: unknown) => triggerProblems(value).length === 0,
        defaultMessage: (args?: ValidationArguments) => triggerProblems(args?.value).join(', '),
      },
    });
}
