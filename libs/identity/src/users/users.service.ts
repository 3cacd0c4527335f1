import { Inject, Injectable } from '@nestjs/common';
import {
  BusinessRuleError,
  Clock,
  CommonErrorCode,
  DomainEvent,
  EventStore,
  eventTypeOf,
  InvalidStateError,
  NewEvent,
  NotFoundError,
  schemaVersionOf,
  WriteResult,
} from '@vendorwatch/event-store';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Role } from '../access/role';
import { PasswordHasher } from '../auth/password-hasher';
import { normalizeEmail, User } from './user';
import { UserErrorCode } from './user-errors';
import { USER_STREAM_TYPE, UserDisabled, UserRegistered } from './user.events';
import { DuplicateEmail, UsersRepository } from './users.repository';

export interface NewUser {
  email: string;
  password: string;
  roles: Role[];
  vendorId?: string;
}

function toNewEvent(event: DomainEvent): NewEvent {
  return { type: eventTypeOf(event), schemaVersion: schemaVersionOf(event), data: { ...event } };
}

/** A vendor's staff belong to exactly one vendor; nobody else belongs to one. */
export function assertRolesFit(roles: Role[], vendorId: string | undefined): void {
  if (roles.length === 0) throw new BusinessRuleError(UserErrorCode.ROLE_REQUIRED, 'A user needs at least one role.');
  if (roles.includes('vendor') && roles.length > 1) {
    throw new BusinessRuleError(
      UserErrorCode.VENDOR_ROLE_ALONE,
      'A vendor user holds the vendor role alone; it cannot be combined with staff roles.',
    );
  }
  if (roles.includes('vendor') && !vendorId)
    throw new BusinessRuleError(UserErrorCode.VENDOR_ID_REQUIRED, 'A vendor user needs the vendorId of its vendor.');
  if (!roles.includes('vendor') && vendorId)
    throw new BusinessRuleError(
      UserErrorCode.VENDOR_ID_NOT_ALLOWED,
      'Only vendor users belong to a vendor (vendorId).',
    );
}

/**
 * Users are state in `users` (their credentials cannot be events); each change also appends a `User` event in the
 * same transaction, so the audit trail shows who created or disabled whom.
 */
@Injectable()
export class UsersService {
  constructor(
    private readonly db: DataSource,
    private readonly users: UsersRepository,
    private readonly store: EventStore,
    private readonly clock: Clock,
    @Inject(PasswordHasher) private readonly hasher: PasswordHasher,
  ) {}

  async register(input: NewUser): Promise<WriteResult> {
    assertRolesFit(input.roles, input.vendorId);
    const email = normalizeEmail(input.email);
    const passwordHash = await this.hasher.hash(input.password);
    const id = randomUUID();
    const at = this.clock.now();
    return this.db.transaction(async (manager) => {
      try {
        await this.users.insert(
          { id, email, passwordHash, roles: input.roles, vendorId: input.vendorId, createdAt: at },
          manager,
        );
      } catch (error) {
        if (error instanceof DuplicateEmail)
          throw new InvalidStateError(UserErrorCode.EMAIL_TAKEN, `A user with the email ${email} already exists.`);
        throw error;
      }
      const event = new UserRegistered(id, email, input.roles, input.vendorId ?? null, at.toISOString());
      return this.store.append({ id, type: USER_STREAM_TYPE }, 0, [toNewEvent(event)], { manager });
    });
  }

  async disable(id: string): Promise<WriteResult> {
    return this.db.transaction(async (manager) => {
      await this.lockAdmins(manager);
      const user = await this.users.findById(id, manager, true);
      if (!user) throw NotFoundError.of('User', id);
      if (user.status === 'disabled')
        throw new InvalidStateError(CommonErrorCode.INVALID_STATUS, `User ${id} is already disabled.`);
      if (user.roles.includes('admin') && (await this.users.countActiveAdmins(manager)) <= 1) {
        throw new InvalidStateError(
          UserErrorCode.LAST_ACTIVE_ADMIN,
          `User ${id} is the last active admin; create another admin before disabling this one.`,
        );
      }
      const at = this.clock.now();
      await this.users.markDisabled(id, at, manager);
      const version = await this.store.streamVersion(id, manager);
      const event = new UserDisabled(id, user.email, at.toISOString());
      return this.store.append({ id, type: USER_STREAM_TYPE }, version, [toNewEvent(event)], { manager });
    });
  }

  async get(id: string): Promise<User> {
    const user = await this.users.findById(id);
    if (!user) throw NotFoundError.of('User', id);
    return user;
  }

  list(page: { limit: number; offset: number }): Promise<{ items: User[]; total: number }> {
    return this.users.page(page);
  }

  countActiveAdmins(): Promise<number> {
    return this.users.countActiveAdmins();
  }

  /** Serializes changes that could leave the product without an active admin. */
  private async lockAdmins(manager: EntityManager): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext(current_schema() || ':identity-admins'))`);
  }
}
