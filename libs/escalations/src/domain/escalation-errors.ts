/** The escalations context's error codes (SPEC §1 `code`); rule and escalation status refusals are `INVALID_STATUS`. */
export const EscalationErrorCode = {
  /** 422: a rule's name, severity, trigger or levels break their rules; `details` lists every problem. */
  ESCALATION_RULE_INVALID: 'ESCALATION_RULE_INVALID',
  /** 422: the body names a contract that does not exist. */
  UNKNOWN_CONTRACT: 'UNKNOWN_CONTRACT',
  /** 422: the trigger names an SLA that is not an SLA of the rule's contract. */
  SLA_NOT_OF_CONTRACT: 'SLA_NOT_OF_CONTRACT',
} as const;
export type EscalationErrorCode = (typeof EscalationErrorCode)[keyof typeof EscalationErrorCode];
