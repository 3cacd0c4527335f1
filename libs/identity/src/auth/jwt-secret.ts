import { Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { IdentityOptions } from '../identity-options';

/** The token secret: JWT_SECRET; outside production a random one per process (with a warning); in production, required. */
export function resolveJwtSecret(
  options: Pick<IdentityOptions, 'jwtSecret' | 'production'>,
  logger = new Logger('Identity'),
): string {
  if (options.jwtSecret) return options.jwtSecret;
  if (options.production) {
    throw new Error('JWT_SECRET must be set in production (at least 32 characters): refusing to start.');
  }
  logger.warn(
    'JWT_SECRET is unset: using a random secret, so tokens stop working on restart and are not shared between processes. Set JWT_SECRET.',
  );
  return randomBytes(48).toString('base64url');
}
