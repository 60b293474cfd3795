import type { ApolloClient } from '@apollo/client';
import { MeDocument, type MeQuery } from '../generated/graphql';

type SessionResult = Promise<ApolloClient.QueryResult<MeQuery>>;

// preload: the first check may be answered by the early script's request (early-response-link.ts).
const askServer = (client: ApolloClient, preload = false): SessionResult =>
  client.query({ query: MeDocument, fetchPolicy: 'network-only', context: { preload } });

let early: SessionResult | null = null;

/**
 * Asks who is signed in as soon as the app's code runs, before the first render and before the
 * opened page's code is fetched: a request sent later queues behind those scripts for one of the
 * browser's six connections to the server.
 */
export function requestSessionEarly(client: ApolloClient): void {
  early = askServer(client, true);
  // Handled when taken (fetchSession); never an unhandled rejection meanwhile.
  early.catch(() => undefined);
}

/** Who is signed in: the early answer once; later checks (after sign-in, a refresh) ask again. */
export function fetchSession(client: ApolloClient): SessionResult {
  const taken = early;
  early = null;
  return taken ?? askServer(client);
}
