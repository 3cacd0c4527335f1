import { BusinessRuleError } from '@vendorwatch/event-store';
import { ContractErrorCode } from './contract-errors';

/** The given instant (or now) as ISO-8601 UTC; a fact being recorded cannot have happened in the future. */
export function pastInstant(given: string | undefined, now: Date, field: string): string {
  const at = given === undefined ? now : new Date(given);
  if (at.getTime() > now.getTime()) {
    throw new BusinessRuleError(
      ContractErrorCode.INSTANT_IN_FUTURE,
      `${field} ${at.toISOString()} is in the future; record it once it has happened.`,
    );
  }
  return at.toISOString();
}
