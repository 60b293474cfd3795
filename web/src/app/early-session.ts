import type { ApolloClient } from '@apollo/client';
import { MeDocument, type MeQuery } from '../generated/graphql';

let early: Promise<ApolloClient.QueryResult<MeQuery>> | null = null;

/**
 * Asks who is signed in as soon as the app's code runs, before the first render and before the
 * opened page's code is fetched: a request sent later queues behind those scripts for one of the
 * browser's six connections to the server.
 */
export function requestSessionEarly(client: ApolloClient): void {
  early = client.query({ query: MeDocument, fetchPolicy: 'network-only' });
  // Handled when taken (SessionProvider); never an unhandled rejection meanwhile.
  early.catch(() => undefined);
}

/** The early answer, once: later checks (after sign-in, after a refresh) ask the server again. */
export function takeEarlySession(): Promise<ApolloClient.QueryResult<MeQuery>> | null {
  const taken = early;
  early = null;
  return taken;
}
