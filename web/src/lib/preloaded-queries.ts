import type { ApolloClient, DocumentNode } from '@apollo/client';

/** Documents fetched ahead for the page the browser opened, not yet taken by that page. */
const preloaded = new Set<DocumentNode>();

/**
 * Sends a page's query while the session is still being checked (instead of after it and after
 * the page's code), so the page can show its data as soon as it renders. Silent: a refusal (no
 * session, no right) is left to the page, which asks again.
 */
export function preloadQuery(client: ApolloClient, query: DocumentNode): void {
  preloaded.add(query);
  client.query({ query, fetchPolicy: 'network-only', context: { preload: true } }).catch(() => preloaded.delete(query));
}

/**
 * True once per preloaded document: the page then reads the fresh result from the cache (or
 * joins the request still under way) instead of asking the server a second time.
 */
export function takePreloaded(query: DocumentNode): boolean {
  return preloaded.delete(query);
}
