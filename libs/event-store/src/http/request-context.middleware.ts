import { NextFunction, Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { RequestContext } from '../context/request-context';

const ID = /^[\w.:-]{1,100}$/;

/** Opens the request context: request id (echoed as `X-Request-Id`) and correlation id (`X-Correlation-Id`). */
export function requestContextMiddleware(request: Request, response: Response, next: NextFunction): void {
  const given = request.header('x-request-id');
  const requestId = given && ID.test(given) ? given : randomUUID();
  const correlation = request.header('x-correlation-id');
  response.setHeader('X-Request-Id', requestId);
  RequestContext.run({ requestId, correlationId: correlation && ID.test(correlation) ? correlation : requestId }, next);
}
