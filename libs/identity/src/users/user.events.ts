import { DomainEvent } from '@vendorwatch/event-store';
import { Role } from '../access/role';

/** Audit facts of the `User` stream. Credentials never enter an event. */
export class UserRegistered extends DomainEvent {
  static readonly type = 'UserRegistered';
  constructor(
    readonly userId: string,
    readonly email: string,
    readonly roles: Role[],
    readonly vendorId: string | null,
    readonly registeredAt: string,
  ) {
    super();
  }
}

export class UserDisabled extends DomainEvent {
  static readonly type = 'UserDisabled';
  constructor(
    readonly userId: string,
    readonly email: string,
    readonly disabledAt: string,
  ) {
    super();
  }
}

export const USER_STREAM_TYPE = 'User';
