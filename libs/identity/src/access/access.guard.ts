import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Actor, RequestContext } from '@vendorwatch/event-store';
import { Request, Response } from 'express';
import { TokenService } from '../auth/token.service';
import { User } from '../users/user';
import { UsersRepository } from '../users/users.repository';
import { mayCall } from './access-policy';
import { Role } from './role';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator';

const BEARER = /^Bearer\s+([\w-]+\.[\w-]*\.[\w-]*)\s*$/i;

export function actorOf(user: User): Actor {
  return { id: user.id, role: user.roles[0], roles: user.roles, ...(user.vendorId ? { vendorId: user.vendorId } : {}) };
}

/**
 * The global guard: every route but `@Public()` ones needs a valid bearer token of an active user (checked on
 * every request, nothing cached), then the role rule of `mayCall`. The caller becomes the request's actor, so
 * every event appended for the request names them.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly users: UsersRepository,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    const request = context.switchToHttp().getRequest<Request>();
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    const user = await this.authenticate(request, context.switchToHttp().getResponse<Response>());
    const actor = actorOf(user);
    RequestContext.setActor(actor);
    (request as Request & { actor?: Actor }).actor = actor;

    const required = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (!mayCall(user.roles, request.method, required)) {
      const allowed = ['admin', ...(required ?? []).filter((r) => r !== 'admin')].join(', ');
      throw new ForbiddenException(
        `Your role (${user.roles.join(', ')}) may not ${request.method} this route; allowed: ${allowed}.`,
      );
    }
    return true;
  }

  private async authenticate(request: Request, response: Response): Promise<User> {
    const header = request.header('authorization');
    const token = header ? BEARER.exec(header)?.[1] : undefined;
    const userId = token ? await this.tokens.subjectOf(token) : undefined;
    const user = userId ? await this.users.findById(userId) : undefined;
    if (user && user.status === 'active') return user;
    response.setHeader('WWW-Authenticate', `Bearer realm="vendorwatch"${header ? ', error="invalid_token"' : ''}`);
    throw new UnauthorizedException(
      header
        ? 'The access token is invalid or expired; sign in again.'
        : 'This route needs Authorization: Bearer <accessToken>.',
    );
  }
}
