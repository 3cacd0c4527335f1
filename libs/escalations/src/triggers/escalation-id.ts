import { createHash } from 'node:crypto';

/**
 * The id of the escalation a firing opens, derived from the rule, the subject and the causing event (a name-based
 * UUID): rebuilding the trigger process from zero finds the escalations it opened instead of opening them again.
 */
export function escalationIdFor(ruleId: string, subject: string, sourceEventId: string): string {
  const hex = createHash('sha256').update(`escalation:${ruleId}:${subject}:${sourceEventId}`).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
