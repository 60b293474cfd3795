// Its own tiny script, run before the app's code: the requests it sends leave while the browser
// still fetches and compiles the app (~1 MB of JavaScript), instead of after it.
import confirmationTimeline from 'virtual:early-document/ConfirmationTimeline';
import me from 'virtual:early-document/Me';
import readinessBoard from 'virtual:early-document/ReadinessBoard';
import { paths } from '../lib/paths';

/** A server answer as JSON, or null when there was none to use (network error, HTTP error). */
export type EarlyResult = Promise<Record<string, unknown> | null>;

declare global {
  interface Window {
    /** Early requests by operation name, each taken once by the app (app/early-response-link.ts). */
    schaltplanEarly?: Map<string, EarlyResult>;
  }
}

/**
 * The operations (without variables) each page asks for first, by its path, and its code. They
 * are the ones the page's `preloadData` in app/lazy-pages.ts asks for: the app takes them here.
 */
const ROUTES: { path: string; operations: Record<string, string>; page: () => Promise<unknown> }[] = [
  {
    path: paths.readinessBoard(),
    operations: { ReadinessBoard: readinessBoard, ConfirmationTimeline: confirmationTimeline },
    page: () => import('../features/plan/components/readiness-board-page'),
  },
];

function send(operationName: string, query: string): EarlyResult {
  return fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ operationName, variables: {}, query }),
  })
    .then((response) => (response.ok ? (response.json() as Promise<Record<string, unknown>>) : null))
    .catch(() => null);
}

/** Sends the session check (on every page: the app asks it first) and the opened page's queries. */
function sendEarly(): Map<string, EarlyResult> {
  const operations: Record<string, string> = { Me: me };
  const path = window.location.pathname.replace(/(.)\/$/, '$1');
  for (const route of ROUTES)
    if (route.path === path) {
      Object.assign(operations, route.operations);
      route.page().catch(() => undefined);
    }
  return new Map(Object.entries(operations).map(([name, query]) => [name, send(name, query)]));
}

// Served from the service worker's cache the app may start first: it has then asked for itself
// (claimEarlyRequests), and asking again would only double the requests.
window.schaltplanEarly ??= sendEarly();
