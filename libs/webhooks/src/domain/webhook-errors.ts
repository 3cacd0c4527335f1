import { BusinessRuleError } from '@vendorwatch/event-store';

/** The webhooks context's error codes (SPEC §1 `code`). */
export const WebhookErrorCode = {
  /** 422: the URL's host resolves to a loopback, private, link-local or other non-public address. */
  PRIVATE_ADDRESS: 'WEBHOOK_PRIVATE_ADDRESS',
  /** 422: the URL's host does not resolve. */
  UNRESOLVABLE_HOST: 'WEBHOOK_UNRESOLVABLE_HOST',
  /** 422: an event type that no context publishes. */
  UNKNOWN_EVENT_TYPE: 'WEBHOOK_UNKNOWN_EVENT_TYPE',
  /** 422: a vendor user's webhook must name the contracts it follows. */
  CONTRACTS_REQUIRED: 'WEBHOOK_CONTRACTS_REQUIRED',
} as const;
export type WebhookErrorCode = (typeof WebhookErrorCode)[keyof typeof WebhookErrorCode];

/** A webhook rule refused the values (422). */
export class WebhookRuleError extends BusinessRuleError {
  constructor(code: WebhookErrorCode, message: string) {
    super(code, message);
  }
}
