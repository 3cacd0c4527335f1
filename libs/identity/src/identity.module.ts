import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { createSecretKey } from 'node:crypto';
import { ThrottlerModule } from '@nestjs/throttler';
import { DataSource } from 'typeorm';
import { AccessGuard } from './access/access.guard';
import { ApiThrottlerGuard } from './access/api-throttler.guard';
import { RateLimitWindows } from './access/rate-limit-windows.storage';
import { resolveJwtSecret } from './auth/jwt-secret';
import { IdentityCleanupJob } from './identity-cleanup.job';
import { LoginThrottle } from './auth/login-throttle';
import { LoginService } from './auth/login.service';
import { PasswordHasher } from './auth/password-hasher';
import { TOKEN_ALGORITHM, TOKEN_AUDIENCE, TOKEN_ISSUER, TOKEN_TTL_SECONDS, TokenService } from './auth/token.service';
import { AuditController } from './http/audit.controller';
import { AuthController } from './http/auth.controller';
import { UsersController } from './http/users.controller';
import { IDENTITY_OPTIONS, IdentityOptions } from './identity-options';
import { UserAddressesHandler } from './facts/user-addresses.handler';
import { AdminBootstrap } from './users/admin-bootstrap';
import { UsersRepository } from './users/users.repository';
import { UsersService } from './users/users.service';

/**
 * Users, login, tokens, the global access guard and rate limit, and the audit route. Guards run in the order
 * listed: `AccessGuard` sets the actor, then `ApiThrottlerGuard` counts the request against them.
 */
@Module({})
export class IdentityModule {
  static forRoot(options: IdentityOptions): DynamicModule {
    const secret = resolveJwtSecret(options);
    return {
      module: IdentityModule,
      imports: [
        JwtModule.register({
          // A key object, not the string: given a string, jsonwebtoken first tries (and fails) to parse it as a
          // public key on every verify, which cost about 6 % of a command's CPU.
          secret: createSecretKey(Buffer.from(secret)),
          signOptions: {
            algorithm: TOKEN_ALGORITHM,
            expiresIn: TOKEN_TTL_SECONDS,
            issuer: TOKEN_ISSUER,
            audience: TOKEN_AUDIENCE,
          },
          verifyOptions: { algorithms: [TOKEN_ALGORITHM], issuer: TOKEN_ISSUER, audience: TOKEN_AUDIENCE },
        }),
        ThrottlerModule.forRootAsync({
          inject: [DataSource],
          useFactory: (db: DataSource) => ({
            throttlers: [{ name: 'default', ttl: 60_000, limit: options.rateLimitPerMinute }],
            storage: new RateLimitWindows(db),
          }),
        }),
      ],
      controllers: [AuthController, UsersController, AuditController],
      providers: [
        IdentityCleanupJob,

        { provide: IDENTITY_OPTIONS, useValue: options },
        { provide: PasswordHasher, useValue: new PasswordHasher() },
        UsersRepository,
        UsersService,
        UserAddressesHandler,
        TokenService,
        LoginThrottle,
        LoginService,
        AdminBootstrap,
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_GUARD, useClass: ApiThrottlerGuard },
      ],
      exports: [UsersService],
    };
  }
}
