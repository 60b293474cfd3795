import { IntrinsicException } from '@nestjs/common';

/**
 * Errors services throw. They carry a stable code and details; the GraphQL layer turns them
 * into `extensions` (see error-format.ts), so services stay free of GraphQL imports.
 */
export type AppErrorCode =
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'BAD_USER_INPUT'
  | 'UNIQUE_VIOLATION'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'LOGIN_FAILED'
  | 'LOGIN_THROTTLED'
  | 'INVALID_TOKEN';

export interface FieldProblem {
  field: string;
  message: string;
}

// Intrinsic: Nest's exception handler does not log these as server errors; they are the client's.
export class AppError extends IntrinsicException {
  constructor(
    message: string,
    readonly code: AppErrorCode,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function notFound(type: string, id: string): AppError {
  return new AppError(`${type} ${id} was not found.`, 'NOT_FOUND', { type, id });
}

export function staleVersion(type: string, id: string, sent: number, current: number): AppError {
  return new AppError(
    `${type} ${id} was changed by someone else in the meantime (you sent version ${sent}, current is ${current}). ` +
      'Reload it, check the other change and apply yours again.',
    'CONFLICT',
    { type, id, sentVersion: sent, currentVersion: current },
  );
}

export function invalidInput(problems: FieldProblem[], row?: number): AppError {
  const text = problems.map((p) => `${p.field}: ${p.message}`).join('; ');
  return new AppError(
    `Invalid input${row === undefined ? '' : ` in row ${row}`}: ${text}`,
    'BAD_USER_INPUT',
    row === undefined ? { fields: problems } : { fields: problems, row },
  );
}

export function uniqueViolation(type: string, field: string): AppError {
  return new AppError(
    `Another ${type} with the same ${field} already exists (compared case-insensitively).`,
    'UNIQUE_VIOLATION',
    { type, field },
  );
}
