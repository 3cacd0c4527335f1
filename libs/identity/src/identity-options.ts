export interface IdentityOptions {
  /** HS256 secret of the bearer tokens; unset outside production means a random one per process. */
  jwtSecret?: string;
  /** The first admin, created on start when no active admin exists. */
  admin?: { email: string; password: string };
  /** Requests per minute per signed-in user, or per client address for public routes. */
  rateLimitPerMinute: number;
  production: boolean;
}

export const IDENTITY_OPTIONS = Symbol('IDENTITY_OPTIONS');
