import { Role } from '../access/role';

export type UserStatus = 'active' | 'disabled';

/** A user as the rest of the product sees it: never the password or its hash. */
export interface User {
  id: string;
  email: string;
  roles: Role[];
  vendorId?: string;
  status: UserStatus;
  createdAt: string;
  disabledAt?: string;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
