import { Role } from './role';

const READS = new Set(['GET', 'HEAD']);

/**
 * SPEC §2's role rule, in one place: `admin` may do everything; `auditor` may read everything and write nothing;
 * a route with `@Roles(...)` needs one of them; a route without is open to every signed-in user.
 */
export function mayCall(roles: readonly string[], method: string, required: readonly Role[] | undefined): boolean {
  if (roles.includes('admin')) return true;
  if (roles.includes('auditor') && READS.has(method.toUpperCase())) return true;
  const acting = roles.filter((role) => role !== 'auditor');
  if (required && required.length > 0) return acting.some((role) => required.includes(role as Role));
  return acting.length > 0;
}
