import type { ApolloClient } from '@apollo/client';
import { isValidElement, type ReactNode } from 'react';
import { matchRoutes, type RouteObject } from 'react-router';

/** The lazy page inside a route element, also when wrapped (RequirePermission). */
function preloadElement(node: ReactNode, client: ApolloClient): void {
  if (!isValidElement(node)) return;
  const type = node.type as { preload?: () => Promise<unknown>; preloadData?: (client: ApolloClient) => void };
  if (typeof type.preload === 'function') {
    // Data first: its request gets a connection before the page's chunks take them all.
    type.preloadData?.(client);
    // A failed early load is retried when the page renders (and reported there).
    type.preload().catch(() => undefined);
    return;
  }
  preloadElement((node.props as { children?: ReactNode }).children, client);
}

/**
 * Fetches the code of the pages the opened URL shows, and the data of those that say how, while
 * the session is still being checked, instead of after it (the page's chunk and then its query
 * would otherwise wait for `Me`).
 */
export function preloadRoute(routes: RouteObject[], pathname: string, client: ApolloClient): void {
  for (const match of matchRoutes(routes, pathname) ?? []) preloadElement(match.route.element, client);
}
