/**
 * Errors that mean PostgreSQL cannot be reached right now (stopped, restarting, connection cut),
 * as opposed to a failing statement: the client should simply try again in a moment.
 */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  // admin_shutdown, crash_shutdown, cannot_connect_now (starting up or shutting down)
  '57P01',
  '57P02',
  '57P03',
  // connection_exception and its subclasses
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
]);

export const DATABASE_UNAVAILABLE_MESSAGE =
  'The database cannot be reached at the moment; nothing was read or written. Please try again in a few seconds.';

interface MaybeDbError {
  code?: unknown;
  message?: unknown;
  driverError?: unknown;
  cause?: unknown;
}

export function isDatabaseUnavailable(error: unknown): boolean {
  let e: unknown = error;
  for (let depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const err = e as MaybeDbError;
    if (typeof err.code === 'string' && UNAVAILABLE_CODES.has(err.code)) return true;
    // node-postgres' own wording when the server closes the socket.
    if (typeof err.message === 'string' && /^Connection terminated/.test(err.message)) return true;
    e = err.driverError ?? err.cause;
  }
  return false;
}
