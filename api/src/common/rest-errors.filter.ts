import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException } from '@nestjs/common';
import type { Response } from 'express';
import { logger } from './logger';
import { AppError, type AppErrorCode } from './errors';

const STATUS: Partial<Record<AppErrorCode, number>> = {
  NOT_FOUND: 404,
  CONFLICT: 409,
  BAD_USER_INPUT: 400,
  UNIQUE_VIOLATION: 409,
  FORBIDDEN: 403,
  UNAUTHENTICATED: 401,
};

/** Errors carrying a code of their own (e.g. an unreadable import file). */
interface CodedError extends Error {
  code: string;
  params?: Record<string, unknown>;
}
const isCoded = (e: unknown): e is CodedError =>
  e instanceof Error && typeof (e as Partial<CodedError>).code === 'string' && e.name === 'ImportFileError';

/** REST endpoints answer like GraphQL does: a code and a clear message, never a stack trace. */
@Catch()
export class RestErrorsFilter implements ExceptionFilter {
  catch(error: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    res.set('Cache-Control', 'no-store');
    if (error instanceof AppError) {
      // The details as GraphQL puts them in `extensions` (which field, row or object), so the client
      // can say it in the reader's language; `tooLarge` marks a refused oversized body.
      const status = error.details.tooLarge ? 413 : (STATUS[error.code] ?? 400);
      const details = Object.keys(error.details).length ? { details: error.details } : {};
      res.status(status).json({ code: error.code, message: error.message, ...details });
    } else if (isCoded(error)) {
      // With its parameters, so the client can say it in the reader's language.
      res.status(400).json({ code: error.code, message: error.message, params: error.params ?? {} });
    } else if (error instanceof HttpException) {
      res.status(error.getStatus()).json({ code: 'HTTP_ERROR', message: error.message });
    } else {
      logger.error({ err: error }, 'REST request failed');
      res.status(500).json({ code: 'INTERNAL', message: 'Interner Fehler' });
    }
  }
}
