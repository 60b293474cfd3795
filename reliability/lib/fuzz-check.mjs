// Judging answers: what counts as a client error, a server error or a leak, with the figures.
import { bump, leakIn } from './fuzz-env.mjs';

/** Codes of refusals that are the client's doing (the API's AppError codes and Apollo's). */
export const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'FORBIDDEN',
  'COMMIT_FAILED',
  'QUERY_LIMIT_EXCEEDED',
  'NOT_FOUND',
  'CONFLICT',
  'UNIQUE_VIOLATION',
  'UNAUTHENTICATED',
  'LOGIN_FAILED',
  'LOGIN_THROTTLED',
  'INVALID_TOKEN',
  'RATE_LIMITED',
]);

/**
 * Collects figures and failures. A failure message names the input (kind and seed index) so
 * `--seed` and the index reproduce it; at most `maxFailures` are kept, all are counted.
 */
export function createJudge(figures, maxFailures = 25) {
  const failures = [];
  const fail = (message) => {
    bump(figures, 'failures');
    if (failures.length < maxFailures) failures.push(message);
  };
  return {
    failures,
    fail,
    /**
     * One HTTP answer: never 5xx, no leak in `scanned` (the body without what merely echoes the
     * input), every GraphQL error a client code. Returns the parsed JSON (or null).
     */
    judge(label, status, text, scanned = text) {
      bump(figures, 'requests');
      let json = null;
      try {
        json = JSON.parse(text);
      } catch {
        // Non-JSON answers (e.g. Express' HTML for a bad URL) are judged by status and text alone.
      }
      if (status === 0) {
        bump(figures, 'noAnswer');
        fail(`${label}: no answer (${text})`);
      } else if (status >= 500) {
        bump(figures, 'serverErrors');
        fail(`${label}: HTTP ${status}: ${text.slice(0, 300)}`);
      } else if (status >= 400) bump(figures, 'clientErrors');
      const leak = leakIn(scanned) ?? (/Interner Fehler/.test(scanned) ? 'internal error' : null);
      if (leak) {
        bump(figures, 'leaks');
        fail(`${label}: HTTP ${status} leaks ${leak}`);
      }
      const errors = Array.isArray(json?.errors) ? json.errors : [];
      if (errors.length && status < 400) bump(figures, 'clientErrors');
      for (const e of errors) {
        const code = e?.extensions?.code;
        if (!CLIENT_CODES.has(code)) {
          bump(figures, code === 'INTERNAL_SERVER_ERROR' ? 'internalErrors' : 'unexpectedCodes');
          fail(`${label}: GraphQL error code ${code}: ${String(e?.message).slice(0, 200)}`);
        }
      }
      return json;
    },
  };
}

/** Connections the server closed under a request (counted, see request()). */
export const connectionResets = { count: 0 };

/**
 * fetch with a deadline; a request that gets no answer is a failure of its own. A connection
 * reset is tried once more on a new connection (a kept-alive socket the server closed at the same
 * moment); only a second reset counts as no answer. The process itself is watched separately.
 */
export async function request(url, init, timeoutMs = 180_000, retry = true) {
  if (process.env.FUZZ_DEBUG) console.log('>', init.method, url.slice(-60), String(init.body).slice(0, 120));
  try {
    const t = Date.now();
    const res = await fetch(url, { ...init, signal: globalThis.AbortSignal.timeout(timeoutMs) });
    const text = await res.text();
    if (process.env.FUZZ_DEBUG) console.log('<', res.status, Date.now() - t, 'ms', text.slice(0, 200));
    return { status: res.status, text, headers: res.headers };
  } catch (error) {
    const reason = String(error?.cause?.code ?? error?.name ?? error);
    if (retry && /ECONNRESET|UND_ERR_SOCKET|EPIPE/.test(reason)) {
      connectionResets.count++;
      return request(url, init, timeoutMs, false);
    }
    return { status: 0, text: reason };
  }
}

/** The figures every fuzz scenario prints, also when they stayed zero. */
export function completeFigures(figures) {
  figures.serverErrors ??= 0;
  figures.crashes = figures.crashed ? 1 : 0;
  figures.connectionResetsRetried = connectionResets.count;
}
