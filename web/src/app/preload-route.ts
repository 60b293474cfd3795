import { isValidElement, type ReactNode } from 'react';
import { matchRoutes, type RouteObject } from 'react-router';

/** The lazy page inside a route element, also when wrapped (RequirePermission). */
function preloadElement(node: ReactNode): void {
  if (!isValidElement(node)) return;
  const type = node.type as { preload?: () => Promise<unknown> };
  if (typeof type.preload === 'function') {
    // A failed early load is retried when the page renders (and reported there).
    type.preload().catch(() => undefined);
    return;
  }
  preloadElement((node.props as { children?: ReactNode }).children);
}

/**
 * Fetches the code of the pages the opened URL shows while the session is still being checked,
 * instead of after it (the page's chunk and then its query would otherwise wait for `Me`).
 */
export function preloadRoute(routes: RouteObject[], pathname: string): void {
  for (const match of matchRoutes(routes, pathname) ?? []) preloadElement(match.route.element);
}
