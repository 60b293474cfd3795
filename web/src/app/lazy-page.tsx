import type { ApolloClient } from '@apollo/client';
import { use, type ComponentType } from 'react';
import { useLocation } from 'react-router';
import { ErrorBoundary } from './error-boundary';

/** A page component whose code (and, for some pages, data) can be fetched before it renders. */
export type LazyPage = ComponentType & {
  preload: () => Promise<unknown>;
  preloadData?: (client: ApolloClient) => void;
};

/**
 * A page whose code is loaded on first use: `load` is the page module's dynamic import, `name` the
 * page it exports. While the code loads the page suspends to its layout's PageOutlet (the layout
 * stays visible); a page that failed to load shows as an error. Once loaded, the page renders
 * directly, without suspending again.
 */
export function lazyPage<M extends Record<K, ComponentType>, K extends keyof M>(
  load: () => Promise<M>,
  name: K,
  preloadData?: (client: ApolloClient) => void,
): LazyPage {
  let loaded: ComponentType | null = null;
  let loading: Promise<ComponentType> | null = null;
  // One promise for every render that waits (use() needs the same one); after a failure the next
  // attempt ("Neu laden") loads again.
  const preload = (): Promise<ComponentType> =>
    (loading ??= load().then(
      (module) => (loaded = module[name]),
      (error: unknown) => {
        loading = null;
        throw error;
      },
    ));
  function PageBody() {
    const Page = loaded ?? use(preload());
    return <Page />;
  }
  function LazyPageComponent() {
    const { pathname } = useLocation();
    return (
      <ErrorBoundary resetKey={pathname}>
        <PageBody />
      </ErrorBoundary>
    );
  }
  LazyPageComponent.displayName = `Lazy(${String(name)})`;
  // The browser caches the module, so loading it early makes the later render immediate.
  LazyPageComponent.preload = preload;
  LazyPageComponent.preloadData = preloadData;
  return LazyPageComponent;
}
