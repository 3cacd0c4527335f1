import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InvalidStateError, RequestContext, SYSTEM_ACTOR } from '@vendorwatch/event-store';
import { IDENTITY_OPTIONS, IdentityOptions } from '../identity-options';
import { UsersService } from './users.service';

/** SPEC §2: on start, when no active admin exists, one is created from ADMIN_EMAIL / ADMIN_PASSWORD. */
@Injectable()
export class AdminBootstrap implements OnApplicationBootstrap {
  private readonly logger = new Logger('Identity');

  constructor(
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
    private readonly users: UsersService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if ((await this.users.countActiveAdmins()) > 0) return;
    const admin = this.options.admin;
    if (!admin) {
      this.logger.warn(
        'No admin exists and ADMIN_EMAIL / ADMIN_PASSWORD are unset: nobody can sign in yet. Stop, then either run ' +
          '`npm run seed` (demo data and the admin admin@vendorwatch.local / vendorwatch-demo) or start with ' +
          'ADMIN_EMAIL and ADMIN_PASSWORD (at least 12 characters) set: that admin is created on start.',
      );
      return;
    }
    try {
      await RequestContext.run({ actor: SYSTEM_ACTOR }, () =>
        this.users.register({ email: admin.email, password: admin.password, roles: ['admin'] }),
      );
      this.logger.log(`Created the admin ${admin.email}.`);
    } catch (error) {
      if (!(error instanceof InvalidStateError)) throw error;
      // Another process created it first, or the address belongs to a user who is not an active admin.
      if ((await this.users.countActiveAdmins()) === 0) {
        this.logger.warn(
          `No active admin exists and ${admin.email} is already taken by another user; set ADMIN_EMAIL to a free address.`,
        );
      }
    }
  }
}
