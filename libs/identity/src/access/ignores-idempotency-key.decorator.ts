import { SetMetadata } from '@nestjs/common';

export const IGNORES_IDEMPOTENCY_KEY = 'vendorwatch:ignores-idempotency-key';

/**
 * A POST whose answer must never be stored for replay (login: its body holds a password, its answer a token).
 * `AccessGuard` drops the `Idempotency-Key` header before the global idempotency interceptor can see it.
 */
export const IgnoresIdempotencyKey = () => SetMetadata(IGNORES_IDEMPOTENCY_KEY, true);
