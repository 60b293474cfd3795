import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { RejectionDetails } from './op-queue';
import type { SendOutcome } from './queue-sender';

/**
 * Sorts a failed send into "keep and retry" or "refused for good". Anything without an answer
 * from the GraphQL layer (fetch failed, 5xx, rate limit, session to renew) is retried, so a
 * tick is never dropped because the network was down.
 */
export function classifySendError(error: unknown): SendOutcome {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const code = typeof first?.extensions?.code === 'string' ? first.extensions.code : 'UNKNOWN';
    const message = first?.message ?? error.message;
    // Signed out meanwhile: the op waits for the next login of the same account. The database
    // away for a moment: nothing was written, the same op succeeds once it is back.
    if (code === 'UNAUTHENTICATED' || code === 'SERVICE_UNAVAILABLE') return { kind: 'retry', reason: message };
    // CONFLICT, BAD_USER_INPUT, FORBIDDEN, NOT_FOUND, or anything unexpected: the server has
    // answered, a replay would get the same answer; shown, never swallowed, and not blocking the queue.
    return { kind: 'rejected', code, message, details: rejectionDetails(first?.extensions ?? {}) };
  }
  if (ServerError.is(error)) {
    const status = error.statusCode;
    if (status >= 500 || status === 408 || status === 429) return { kind: 'retry', reason: error.message };
    return { kind: 'rejected', code: `HTTP_${status}`, message: error.message };
  }
  return { kind: 'retry', reason: error instanceof Error ? error.message : String(error) };
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** Picks the known, plain fields of a refusal's extensions (they are stored on the device). */
export function rejectionDetails(extensions: Record<string, unknown>): RejectionDetails {
  const missing = extensions.missingSteps;
  return {
    reason: text(extensions.reason),
    refusal: text(extensions.refusal),
    currentStatus: text(extensions.currentStatus),
    statusByName: text(extensions.statusByName) ?? null,
    statusReason: text(extensions.statusReason) ?? null,
    missingSteps: Array.isArray(missing) ? missing.filter((m): m is string => typeof m === 'string') : undefined,
  };
}
