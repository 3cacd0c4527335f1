import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { User } from '../users/user';

export const TOKEN_TTL_SECONDS = 3600;
export const TOKEN_ISSUER = 'vendorwatch';
export const TOKEN_AUDIENCE = 'vendorwatch-api';
export const TOKEN_ALGORITHM = 'HS256';

export interface IssuedToken {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
}

/**
 * HS256 bearer tokens that name only the user (`sub`): roles, vendor and status are read from `users` on every
 * request, so a disabled user or a role change takes effect at once.
 */
@Injectable()
export class TokenService {
  constructor(private readonly jwt: JwtService) {}

  async issue(user: User): Promise<IssuedToken> {
    const accessToken = await this.jwt.signAsync({ sub: user.id });
    return { accessToken, tokenType: 'Bearer', expiresIn: TOKEN_TTL_SECONDS };
  }

  /** The user id of a valid token, or undefined for a bad signature, another algorithm, expiry or a wrong audience. */
  async subjectOf(token: string): Promise<string | undefined> {
    try {
      const payload = await this.jwt.verifyAsync<{ sub?: unknown }>(token);
      return typeof payload.sub === 'string' ? payload.sub : undefined;
    } catch {
      return undefined;
    }
  }
}
