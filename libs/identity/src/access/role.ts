export const ROLES = ['admin', 'procurement', 'ops_manager', 'qa_reviewer', 'auditor', 'vendor'] as const;

export type Role = (typeof ROLES)[number];
