import { lazy, Suspense, type ComponentType } from 'react';
import { PageLoading } from './page-loading';

/**
 * A page whose code is loaded on first use: `load` is a feature's dynamic import, `name` the page
 * it exports. Each page gets its own Suspense boundary, so a layout (Verwaltung, Standort) stays
 * visible while the page inside it loads.
 */
export function lazyPage<M extends Record<K, ComponentType>, K extends keyof M>(
  load: () => Promise<M>,
  name: K,
): ComponentType {
  const Page = lazy(async () => {
    const page: ComponentType = (await load())[name];
    return { default: page };
  });
  function LazyPage() {
    return (
      <Suspense fallback={<PageLoading />}>
        <Page />
      </Suspense>
    );
  }
  LazyPage.displayName = `Lazy(${String(name)})`;
  return LazyPage;
}
