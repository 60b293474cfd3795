import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

export interface FieldProblem {
  field: string;
  message: string;
}

/** What the UI needs to know about a failed request, independent of Apollo's error classes. */
export type AppErrorInfo =
  | { kind: 'conflict' }
  | { kind: 'not-found' }
  | { kind: 'unique'; field: string | undefined }
  | { kind: 'invalid'; fields: FieldProblem[] }
  | { kind: 'forbidden' }
  | { kind: 'network' }
  | { kind: 'unknown'; message: string };

function isFieldProblem(value: unknown): value is FieldProblem {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record.field === 'string' && typeof record.message === 'string';
}

export function describeError(error: unknown): AppErrorInfo {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const extensions = first?.extensions ?? {};
    switch (extensions.code) {
      case 'CONFLICT':
        return { kind: 'conflict' };
      case 'NOT_FOUND':
        return { kind: 'not-found' };
      case 'FORBIDDEN':
        return { kind: 'forbidden' };
      // The database is away for a moment: to the user the same as an unreachable server.
      case 'SERVICE_UNAVAILABLE':
        return { kind: 'network' };
      case 'UNIQUE_VIOLATION':
        return { kind: 'unique', field: typeof extensions.field === 'string' ? extensions.field : undefined };
      case 'BAD_USER_INPUT': {
        const fields = Array.isArray(extensions.fields) ? extensions.fields.filter(isFieldProblem) : [];
        return { kind: 'invalid', fields };
      }
      default:
        return { kind: 'unknown', message: first?.message ?? error.message };
    }
  }
  if (ServerError.is(error) || (error instanceof TypeError && error.message.includes('fetch'))) {
    return { kind: 'network' };
  }
  return { kind: 'unknown', message: error instanceof Error ? error.message : String(error) };
}

/** The request was refused because nobody is signed in (or the session has ended). */
export function isUnauthenticated(error: unknown): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
}

/** The extensions of the first GraphQL error, e.g. `{ code: 'LOGIN_THROTTLED', retryAfterMinutes: 12 }`. */
export function errorExtensions(error: unknown): Record<string, unknown> {
  return CombinedGraphQLErrors.is(error) ? (error.errors[0]?.extensions ?? {}) : {};
}

/** A field path like `input.targetQueue` or `targetQueue` becomes the form field `targetQueue`. */
export function formFieldName(field: string): string {
  const parts = field.split('.');
  return parts[parts.length - 1] ?? field;
}
