import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import { Response } from 'express';
import { RequestContext } from '../context/request-context';
import { toErrorBody } from './error-body';

/** Every failure answers the error shape of SPEC §1; 5xx are logged with the request id, never sent. */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = toErrorBody(exception);
    if (body.statusCode >= 500) {
      this.logger.error(
        `request ${RequestContext.requestId()} failed`,
        (exception as Error)?.stack ?? String(exception),
      );
    }
    if (typeof body.retryAfter === 'number' && !response.headersSent)
      response.setHeader('Retry-After', String(body.retryAfter));
    delete body.retryAfter;
    if (!response.headersSent) response.status(body.statusCode).json(body);
  }
}
