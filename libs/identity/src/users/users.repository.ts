import { Injectable } from '@nestjs/common';
import { queryRow, queryRows } from '@vendorwatch/event-store';
import { DataSource, EntityManager } from 'typeorm';
import { Role } from '../access/role';
import { User } from './user';

interface UserRow {
  id: string;
  email: string;
  roles: Role[];
  vendor_id: string | null;
  status: User['status'];
  created_at: Date;
  disabled_at: Date | null;
}

const COLUMNS = 'id, email, roles, vendor_id, status, created_at, disabled_at';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UNIQUE_VIOLATION = '23505';

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

function toUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    roles: row.roles,
    ...(row.vendor_id ? { vendorId: row.vendor_id } : {}),
    status: row.status,
    createdAt: new Date(row.created_at).toISOString(),
    ...(row.disabled_at ? { disabledAt: new Date(row.disabled_at).toISOString() } : {}),
  };
}

export class DuplicateEmail extends Error {}

/** The `users` table. Only `credentialsOf` ever reads the password hash, and only for login. */
@Injectable()
export class UsersRepository {
  constructor(private readonly db: DataSource) {}

  async insert(
    user: { id: string; email: string; passwordHash: string; roles: Role[]; vendorId?: string; createdAt: Date },
    manager: EntityManager,
  ): Promise<void> {
    try {
      await manager.query(
        `INSERT INTO users (id, email, password_hash, roles, vendor_id, created_at) VALUES ($1, $2, $3, $4, $5, $6)`,
        [user.id, user.email, user.passwordHash, user.roles, user.vendorId ?? null, user.createdAt],
      );
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) throw new DuplicateEmail(user.email);
      throw error;
    }
  }

  async findById(
    id: string,
    runner: DataSource | EntityManager = this.db,
    forUpdate = false,
  ): Promise<User | undefined> {
    if (!isUuid(id)) return undefined;
    const row = await queryRow<UserRow>(
      runner,
      `SELECT ${COLUMNS} FROM users WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`,
      [id],
    );
    return row ? toUser(row) : undefined;
  }

  async credentialsOf(email: string): Promise<{ user: User; passwordHash: string } | undefined> {
    const row = await queryRow<UserRow & { password_hash: string }>(
      this.db,
      `SELECT ${COLUMNS}, password_hash FROM users WHERE email = $1`,
      [email],
    );
    return row ? { user: toUser(row), passwordHash: row.password_hash } : undefined;
  }

  async page(page: { limit: number; offset: number }): Promise<{ items: User[]; total: number }> {
    const [{ total }] = await queryRows<{ total: number }>(this.db, `SELECT count(*)::int AS total FROM users`);
    const rows = await queryRows<UserRow>(
      this.db,
      `SELECT ${COLUMNS} FROM users ORDER BY created_at, id LIMIT $1 OFFSET $2`,
      [page.limit, page.offset],
    );
    return { items: rows.map(toUser), total };
  }

  async countActiveAdmins(runner: DataSource | EntityManager = this.db): Promise<number> {
    const [{ count }] = await queryRows<{ count: number }>(
      runner,
      `SELECT count(*)::int AS count FROM users WHERE status = 'active' AND 'admin' = ANY(roles)`,
    );
    return count;
  }

  async markDisabled(id: string, at: Date, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE users SET status = 'disabled', disabled_at = $2 WHERE id = $1`, [id, at]);
  }

  async activeEmails(ids: readonly string[]): Promise<Map<string, string>> {
    const rows = await queryRows<{ id: string; email: string }>(
      this.db,
      `SELECT id, email FROM users WHERE id = ANY($1::uuid[]) AND status = 'active'`,
      [ids.filter(isUuid)],
    );
    return new Map(rows.map((row) => [row.id, row.email]));
  }
}
