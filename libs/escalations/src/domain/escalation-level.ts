/** One step of an escalation ladder: who is notified, how long they have to acknowledge, who decides. */
export interface EscalationLevel {
  notify: string;
  ackWithinMinutes: number;
  authority?: string;
  /** Told by email when the level is reached: email addresses, or `user:<userId>` for a user's own address. */
  recipients?: string[];
}

export type Severity = 'low' | 'medium' | 'high' | 'critical';

export const SEVERITIES: readonly Severity[] = ['low', 'medium', 'high', 'critical'];

export const MAX_RECIPIENTS_PER_LEVEL = 20;
export const MAX_REPEAT = 10;

const EMAIL = /^[^\s@<>()",;:]{1,64}@[^\s@<>()",;:]+\.[^\s@<>()",;:]{2,}$/;
const USER_RECIPIENT = /^user:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An email address, or `user:<userId>`. */
export function isRecipient(value: string): boolean {
  return value.length <= 254 && (EMAIL.test(value) || USER_RECIPIENT.test(value));
}

/** The user id of a `user:<userId>` recipient, undefined for an email address. */
export function userIdOf(recipient: string): string | undefined {
  return USER_RECIPIENT.test(recipient) ? recipient.slice('user:'.length) : undefined;
}

/** The deadline of a level that starts at `from`. */
export function dueAtOf(level: EscalationLevel, from: Date): string {
  return new Date(from.getTime() + level.ackWithinMinutes * 60_000).toISOString();
}
