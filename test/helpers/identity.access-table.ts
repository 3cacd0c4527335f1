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

  // Vendors (SPEC §3)
  { method: 'post', path: '/api/v1/vendors', allowed: ['procurement'] },
  { method: 'post', path: '/api/v1/vendors/:id/evaluations', allowed: ['procurement'] },
  { method: 'post', path: '/api/v1/vendors/:id/reference-checks', allowed: ['procurement'] },
  { method: 'post', path: '/api/v1/vendors/:id/due-diligence', allowed: ['procurement'] },
  { method: 'post', path: '/api/v1/vendors/:id/approve', allowed: ['procurement'] },
  { method: 'post', path: '/api/v1/vendors/:id/reject', allowed: ['procurement'] },
  { method: 'post', path: '/api/v1/vendors/:id/suspend', allowed: ['procurement'] },
  { method: 'post', path: '/api/v1/vendors/:id/reinstate', allowed: ['procurement'] },
  { method: 'post', path: '/api/v1/vendors/:id/offboard', allowed: ['procurement'] },
  { method: 'post', path: '/api/v1/vendors/:id/roster-reports', allowed: ['procurement', 'ops_manager', 'vendor'] },
];
