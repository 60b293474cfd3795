import { randomUUID } from 'node:crypto';
import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException } from '@nestjs/common';
import type { Response } from 'express';
import { AppError, type AppErrorCode } from '../common/errors';
import { logger } from '../common/logger';
import { ExportParamError } from './export-params';
import { ExportAbortedError } from './exports.service';

export interface HttpErrorBody {
  statusCode: number;
  code: string;
  message: string;
  /** The refused query parameter, when one is to blame. */
  parameter?: string;
  correlationId?: string;
}

const STATUS: Partial<Record<AppErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
};

/** The HTTP answer to an error of the export endpoint; unknown errors are masked and logged. */
export function httpError(error: unknown): HttpErrorBody {
  if (error instanceof ExportParamError) {
    return { statusCode: 400, code: 'BAD_REQUEST', message: error.message, parameter: error.parameter };
  }
  if (error instanceof AppError && STATUS[error.code]) {
    const parameter = typeof error.details.parameter === 'string' ? error.details.parameter : undefined;
    return { statusCode: STATUS[error.code] ?? 400, code: error.code, message: error.message, parameter };
  }
  if (error instanceof HttpException && error.getStatus() < 500) {
    return { statusCode: error.getStatus(), code: 'HTTP_ERROR', message: error.message };
  }
  const correlationId = randomUUID();
  logger.error({ err: error, correlationId }, 'export failed');
  return {
    statusCode: 500,
    code: 'INTERNAL_SERVER_ERROR',
    message: `Interner Fehler (Referenz ${correlationId})`,
    correlationId,
  };
}

/**
 * JSON errors for the REST downloads (the guard's "please sign in" included). Once the file has
 * started, the status line is gone: the connection is cut so the download shows as failed.
 */
@Catch()
export class ExportErrorFilter implements ExceptionFilter {
  catch(error: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    if (res.headersSent) {
      if (error instanceof ExportAbortedError) logger.info('export: the client went away');
      else logger.error({ err: error }, 'export failed mid-file');
      res.destroy();
      return;
    }
    const body = httpError(error);
    res.status(body.statusCode).set('Cache-Control', 'no-store').json(body);
  }
}
