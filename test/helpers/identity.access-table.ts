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
  {
    method: 'post',
    path: '/api/v1/users',
    allowed: ['admin'],
    body: { email: 'x@vendorwatch.test', password: 'long-enough-password', roles: ['procurement'] },
  },
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

  // Contracts (SPEC §4)
  { method: 'post', path: '/api/v1/contracts', allowed: ['procurement'] },
  { method: 'patch', path: '/api/v1/contracts/:id', allowed: ['procurement', 'ops_manager'] },
  { method: 'post', path: '/api/v1/contracts/:id/sign', allowed: ['procurement'] },
  { method: 'post', path: '/api/v1/contracts/:id/onboarding-milestones', allowed: ['ops_manager'] },
  { method: 'post', path: '/api/v1/contracts/:id/go-live', allowed: ['ops_manager'] },
  { method: 'post', path: '/api/v1/contracts/:id/governance-reviews', allowed: ['ops_manager'] },
  { method: 'post', path: '/api/v1/contracts/:id/terminate', allowed: ['procurement'] },

  // SLAs (SPEC §5) and interaction ingest (SPEC §6)
  { method: 'post', path: '/api/v1/contracts/:id/slas', allowed: ['procurement', 'ops_manager'] },
  { method: 'patch', path: '/api/v1/slas/:id', allowed: ['procurement', 'ops_manager'] },
  { method: 'post', path: '/api/v1/slas/:id/retire', allowed: ['procurement', 'ops_manager'] },
  { method: 'post', path: '/api/v1/slas/:id/measurements', allowed: ['ops_manager', 'vendor'] },
  { method: 'post', path: '/api/v1/contracts/:id/interactions', allowed: ['ops_manager', 'vendor'] },

  // QA (SPEC §7)
  { method: 'post', path: '/api/v1/scorecards', allowed: ['qa_reviewer'] },
  { method: 'post', path: '/api/v1/scorecards/:id/revisions', allowed: ['qa_reviewer'] },
  { method: 'post', path: '/api/v1/qa-reviews', allowed: ['qa_reviewer'] },
  { method: 'post', path: '/api/v1/qa-reviews/:id/disputes', allowed: ['vendor'] },
  { method: 'post', path: '/api/v1/qa-reviews/:id/dispute-resolution', allowed: ['qa_reviewer'] },
  { method: 'post', path: '/api/v1/qa-reviews/:id/acknowledgement', allowed: ['vendor'] },

  // Escalations (SPEC §9)
  { method: 'post', path: '/api/v1/escalation-rules', allowed: ['ops_manager'] },
  { method: 'patch', path: '/api/v1/escalation-rules/:id', allowed: ['ops_manager'] },
  { method: 'post', path: '/api/v1/escalation-rules/:id/disable', allowed: ['ops_manager'] },
  { method: 'post', path: '/api/v1/escalation-rules/:id/enable', allowed: ['ops_manager'] },
  { method: 'post', path: '/api/v1/escalations/:id/acknowledge', allowed: ['ops_manager', 'vendor'] },
  { method: 'post', path: '/api/v1/escalations/:id/resolve', allowed: ['ops_manager'] },

  // Reports (SPEC §10)
  { method: 'get', path: '/api/v1/reports/vendor-ranking', allowed: ['procurement', 'ops_manager', 'auditor'] },

  // Calendars (SPEC §12); the detail reads' 403 for vendor users is checked in calendars.e2e-spec.ts
  { method: 'post', path: '/api/v1/calendars', allowed: ['ops_manager', 'procurement'] },
  { method: 'patch', path: '/api/v1/calendars/:id', allowed: ['ops_manager', 'procurement'] },
  { method: 'post', path: '/api/v1/calendars/:id/holidays', allowed: ['ops_manager', 'procurement'] },
  { method: 'get', path: '/api/v1/calendars', allowed: ['procurement', 'ops_manager', 'qa_reviewer', 'auditor'] },
];
