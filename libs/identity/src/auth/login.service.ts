import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { normalizeEmail, User } from '../users/user';
import { UsersRepository } from '../users/users.repository';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';
import { IssuedToken, TokenService } from './token.service';

export const WRONG_CREDENTIALS = 'The email or password is wrong.';

export interface LoginResult extends IssuedToken {
  user: Pick<User, 'id' | 'email' | 'roles' | 'vendorId'>;
}

/**
 * Password login. Unknown emails, wrong passwords and disabled users fail alike (same answer, same scrypt cost),
 * so the answer never tells whether an email has an account.
 */
@Injectable()
export class LoginService {
  constructor(
    private readonly users: UsersRepository,
    private readonly tokens: TokenService,
    private readonly throttle: LoginThrottle,
    @Inject(PasswordHasher) private readonly hasher: PasswordHasher,
  ) {}

  async login(email: string, password: string): Promise<LoginResult> {
    const emailKey = normalizeEmail(email);
    const attempt = await this.throttle.begin(emailKey);
    const found = await this.users.credentialsOf(emailKey);
    const matches = await this.hasher.verify(password, found?.passwordHash ?? (await this.hasher.decoy()));
    if (!found || !matches || found.user.status !== 'active') {
      await this.throttle.failed(attempt);
      throw new UnauthorizedException(WRONG_CREDENTIALS);
    }
    await this.throttle.succeeded(attempt);
    const { id, roles, vendorId } = found.user;
    return {
      ...(await this.tokens.issue(found.user)),
      user: { id, email: found.user.email, roles, ...(vendorId ? { vendorId } : {}) },
    };
  }
}
