import type { ApolloClient } from '@apollo/client';
import { lazy, Suspense, type ComponentType } from 'react';
import { useLocation } from 'react-router';
import { ErrorBoundary } from './error-boundary';
import { PageLoading } from './page-loading';

/** A page component whose code (and, for some pages, data) can be fetched before it renders. */
export type LazyPage = ComponentType & {
  preload: () => Promise<unknown>;
  preloadData?: (client: ApolloClient) => void;
};

/**
 * A page whose code is loaded on first use: `load` is the page module's dynamic import, `name` the
 * page it exports. Each page gets its own Suspense boundary, so a layout (Verwaltung, Standort)
 * stays visible while the page inside it loads, and shows a page that failed to load as an error.
 */
export function lazyPage<M extends Record<K, ComponentType>, K extends keyof M>(
  load: () => Promise<M>,
  name: K,
  preloadData?: (client: ApolloClient) => void,
): LazyPage {
  const Page = lazy(async () => {
    const page: ComponentType = (await load())[name];
    return { default: page };
  });
  function LazyPageComponent() {
    const { pathname } = useLocation();
    return (
      <ErrorBoundary resetKey={pathname}>
        <Suspense fallback={<PageLoading />}>
          <Page />
        </Suspense>
      </ErrorBoundary>
    );
  }
  LazyPageComponent.displayName = `Lazy(${String(name)})`;
  // The browser caches the module, so loading it early makes the later render immediate.
  LazyPageComponent.preload = load;
  LazyPageComponent.preloadData = preloadData;
  return LazyPageComponent;
}
