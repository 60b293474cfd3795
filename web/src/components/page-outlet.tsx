import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { PageLoading } from './page-loading';

/**
 * The place a layout shows its current page. The boundary stays in place from page to page: a
 * page whose code is still loading shows the loader when the layout first appears, and on a later
 * navigation the previous page stays until the next one can be shown (the router navigates in a
 * transition), so there is no loader flash and no minimum time for one.
 */
export function PageOutlet() {
  return (
    <Suspense fallback={<PageLoading />}>
      <Outlet />
    </Suspense>
  );
}
