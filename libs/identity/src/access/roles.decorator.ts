import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse } from '@nestjs/swagger';
import { Role } from './role';

export const ROLES_KEY = 'vendorwatch:roles';
export const PUBLIC_KEY = 'vendorwatch:public';

/**
 * The roles that may call a route, besides `admin` (always) and `auditor` (on every GET).
 * A route without `@Roles` is open to every signed-in user; vendor users are then confined by `VendorScope`.
 */
export function Roles(...roles: Role[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    SetMetadata(ROLES_KEY, roles),
    ApiBearerAuth(),
    ApiForbiddenResponse({ description: `Allowed: ${[...new Set(['admin', ...roles])].join(', ')}.` }),
  );
}

/** A route that needs no token (health, login, docs). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
