import { ApolloLink } from '@apollo/client';
import { Observable } from 'rxjs';

/** The answer src/early/early-requests.ts got for this operation, once; null if it sent none. */
function takeEarly(operation: ApolloLink.Operation): Promise<ApolloLink.Result | null> | null {
  const name = operation.operationName ?? '';
  const result = window.schaltplanEarly?.get(name);
  if (!result || Object.keys(operation.variables).length > 0) return null;
  window.schaltplanEarly?.delete(name);
  return result as Promise<ApolloLink.Result | null>;
}

/**
 * Called as the app starts: an early script that has not run yet (both came from the service
 * worker's cache, the app first) then sends nothing, as the app asks the server itself.
 */
export function claimEarlyRequests(): void {
  window.schaltplanEarly ??= new Map();
}

/**
 * Answers the app's first requests (the session check, the opened page's preloaded data: both
 * marked `preload`) with what the early script already asked the server, instead of asking again
 * once the app's code has run. Without an early answer the request goes to the server as usual.
 */
export const earlyResponseLink = new ApolloLink((operation, forward) => {
  const early = operation.getContext().preload ? takeEarly(operation) : null;
  if (!early) return forward(operation);
  return new Observable<ApolloLink.Result>((observer) => {
    let closed = false;
    let inner: { unsubscribe: () => void } | undefined;
    void early.then((result) => {
      if (closed) return;
      if (!result) inner = forward(operation).subscribe(observer);
      else {
        observer.next(result);
        observer.complete();
      }
    });
    return () => {
      closed = true;
      inner?.unsubscribe();
    };
  });
});
