import type { Role } from '@vendorwatch/identity';

/**
 * Who may call what, checked by test/identity.e2e-spec.ts: every role not in `allowed` must get 403 (admin may do
 * everything and need not be listed; an auditor may call every GET, so list it on GETs). Contexts append a row
 * per write route. The guard answers before the handler runs, so ids need not exist: `:userId` becomes a real
 * user, any other `:param` a random UUID, and `body` may be left out.
 */
export interface RouteRule {
  method: 'get' | 'post' | 'patch' | 'put' | 'delete';
  path: string;
  allowed: Role[];
  body?: object;
}

export const ACCESS_TABLE: RouteRule[] = [
  { method: 'post', path: '/api/v1/users', allowed: ['admin'], body: { email: 'x@vendorwatch.test', password: 'long-enough-password', roles: ['procurement'] } },
  { method: 'get', path: '/api/v1/users', allowed: ['admin', 'auditor'] },
  { method: 'get', path: '/api/v1/users/:userId', allowed: ['admin', 'auditor'] },
  { method: 'post', path: '/api/v1/users/:userId/disable', allowed: ['admin'] },
  { method: 'get', path: '/api/v1/audit/events', allowed: ['admin', 'auditor'] },
];
