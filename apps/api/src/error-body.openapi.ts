import { OpenAPIObject } from '@nestjs/swagger';
import { CalendarErrorCode } from '@vendorwatch/calendars';
import { ContractErrorCode } from '@vendorwatch/contracts';
import { EscalationErrorCode } from '@vendorwatch/escalations';
import { CommonErrorCode } from '@vendorwatch/event-store';
import { UserErrorCode } from '@vendorwatch/identity';
import { QaErrorCode } from '@vendorwatch/qa';
import { SlaErrorCode } from '@vendorwatch/slas';
import { VendorErrorCode } from '@vendorwatch/vendors';
import { WebhookErrorCode } from '@vendorwatch/webhooks';

const CATALOGUES = [
  CommonErrorCode,
  UserErrorCode,
  VendorErrorCode,
  ContractErrorCode,
  SlaErrorCode,
  QaErrorCode,
  EscalationErrorCode,
  CalendarErrorCode,
  WebhookErrorCode,
];

/** Every `code` a 409, 412 or 422 may carry (SPEC §1): the union of each context's catalogue. */
export const ERROR_CODES: readonly string[] = [...new Set(CATALOGUES.flatMap((c) => Object.values(c)))].sort();

/** Publishes SPEC §1's error shape, with the enum of every code, as `components.schemas.ErrorBody`. */
export function withErrorBody(document: OpenAPIObject): OpenAPIObject {
  const components = (document.components ??= {});
  components.schemas = {
    ...components.schemas,
    ErrorBody: {
      type: 'object',
      required: ['statusCode', 'error', 'message'],
      properties: {
        statusCode: { type: 'integer', example: 409 },
        error: { type: 'string', description: 'the reason phrase of statusCode', example: 'Conflict' },
        message: { type: 'string', description: 'a human sentence; never branch on it' },
        code: {
          type: 'string',
          enum: [...ERROR_CODES],
          description: 'on every 409, 412 and 422: the stable name of the rule that refused; branch on it',
        },
        details: { type: 'array', items: {}, description: 'per-field problems, when there are any' },
        currentVersion: { type: 'integer', description: 'on 412: the version the stream is at now' },
      },
    },
  };
  return document;
}
