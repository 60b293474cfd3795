import { type ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { AppError, type AppErrorCode } from '../common/errors';
import { RestErrorsFilter } from '../common/rest-errors.filter';

const STATUS: Partial<Record<AppErrorCode, number>> = {
  NOT_FOUND: 404,
  CONFLICT: 409,
  BAD_USER_INPUT: 400,
  FORBIDDEN: 403,
  UNAUTHENTICATED: 401,
};

/**
 * Like RestErrorsFilter, plus the details: which file, row and column of an archive is broken,
 * or which Verwaltung is already there, so the web app can say it in the reader's language.
 */
@Catch()
export class ExitArchiveErrorFilter implements ExceptionFilter {
  private readonly fallback = new RestErrorsFilter();

  catch(error: unknown, host: ArgumentsHost): void {
    if (!(error instanceof AppError)) return this.fallback.catch(error, host);
    const res = host.switchToHttp().getResponse<Response>();
    const status = error.details.tooLarge ? 413 : (STATUS[error.code] ?? 400);
    res.status(status).set('Cache-Control', 'no-store').json({
      code: error.code,
      message: error.message,
      details: error.details,
    });
  }
}
