import {
  applyDecorators,
  BadRequestException,
  CallHandler,
  ExecutionContext,
  Injectable,
  NestInterceptor,
  ServiceUnavailableException,
  SetMetadata,
  UseInterceptors,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiHeader } from '@nestjs/swagger';
import { Request, Response } from 'express';
import { from, Observable, switchMap } from 'rxjs';
import { DataSource } from 'typeorm';
import { InjectReadDatabase } from '../database/read-database';
import { ProjectionCheckpoints } from '../projections/projection-checkpoints';
import { ProjectionRegistry } from '../projections/projection-registry';

const PROJECTIONS_READ = 'vendorwatch:projections-read';
const WAIT_MS = 5000;
/** A reaction may cause another (a measurement, then an escalation): how many hops a read waits for. */
const REACTION_HOPS = 3;
/** Positions are PostgreSQL bigints. */
const MAX_POSITION = 2n ** 63n - 1n;

/**
 * Implements SPEC §1 read-your-writes: waits until the named projections have processed `X-Min-Position`
 * (503 with `Retry-After: 1` after 5 s), and answers `X-Projection-Position`. The checkpoints are read where the
 * route's queries read (SPEC §16): on the replica, they say how far it has replayed the projections' writes.
 */
@Injectable()
export class ReadYourWritesInterceptor implements NestInterceptor {
  private readonly checkpoints: ProjectionCheckpoints;

  constructor(
    private readonly reflector: Reflector,
    private readonly registry: ProjectionRegistry,
    @InjectReadDatabase() read: DataSource,
  ) {
    this.checkpoints = new ProjectionCheckpoints(read);
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const names = this.reflector.get<string[]>(PROJECTIONS_READ, context.getHandler()) ?? [];
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    return from(this.waitAndStamp(names, request, response)).pipe(switchMap(() => next.handle()));
  }

  private waitWithReactions(names: string[], position: string): Promise<boolean> {
    const processManagers = this.registry
      .all()
      .filter((projection) => projection.processManager)
      .map((projection) => projection.name);
    return waitRounds(this.checkpoints, names, processManagers, position);
  }

  private async waitAndStamp(names: string[], request: Request, response: Response): Promise<void> {
    const minPosition = request.header('x-min-position');
    if (minPosition !== undefined) {
      if (!/^\d{1,19}$/.test(minPosition) || BigInt(minPosition) > MAX_POSITION)
        throw new BadRequestException('X-Min-Position must be a position number (0 to 9223372036854775807).');
      // Position 0 precedes every event: nothing to wait for (and no event there to wait on).
      if (BigInt(minPosition) > 0n && !(await this.waitWithReactions(names, minPosition))) {
        throw new ServiceUnavailableException({
          message: `The reports have not caught up with position ${minPosition} yet; retry in a second.`,
          retryAfter: 1,
        });
      }
    }
    response.setHeader('X-Projection-Position', await this.checkpoints.position(names));
  }
}

/**
 * Also waits for the process managers, then for the read models to apply what they appended in reaction (the
 * newest event with the write's correlation id once they have passed it), a few hops deep. Other clients' later
 * writes are not waited for.
 */
async function waitRounds(
  checkpoints: ProjectionCheckpoints,
  names: string[],
  processManagers: string[],
  position: string,
): Promise<boolean> {
  const deadline = Date.now() + WAIT_MS;
  const everyOne = [...new Set([...names, ...processManagers])];
  let target = position;
  for (let round = 0; round < REACTION_HOPS; round++) {
    if (!(await checkpoints.waitUntilProcessed(everyOne, target, deadline - Date.now()))) return false;
    if (processManagers.length === 0) return true;
    const reaction = await checkpoints.latestReaction(position, target);
    if (reaction === null) return true;
    target = reaction;
  }
  return true;
}

/** Marks a GET as served from these projections. */
export function ReadsProjections(...names: string[]): MethodDecorator {
  return applyDecorators(
    SetMetadata(PROJECTIONS_READ, names),
    UseInterceptors(ReadYourWritesInterceptor),
    ApiHeader({ name: 'X-Min-Position', required: false, description: 'Wait until the read reflects this position.' }),
  );
}
