import { createBrowserRouter, type RouteObject } from 'react-router';
import { TenantCreatePage, TenantEditPage, TenantLayout, TenantListPage, TenantOverviewPage } from '../features/tenants';
import { PrinterCreatePage, PrinterDetailPage, PrinterEditPage, PrinterListPage } from '../features/printers';
import { SEGMENTS } from '../lib/paths';
import { AppLayout } from './app-shell';
import { NotFoundPage } from './not-found-page';

/** list / neu / :id / :id/bearbeiten for one inventory object. */
function crud(
  segment: string,
  pages: { List: () => React.JSX.Element; Create: () => React.JSX.Element; Detail: () => React.JSX.Element; Edit: () => React.JSX.Element },
): RouteObject[] {
  return [
    { path: segment, element: <pages.List /> },
    { path: `${segment}/neu`, element: <pages.Create /> },
    { path: `${segment}/:id`, element: <pages.Detail /> },
    { path: `${segment}/:id/bearbeiten`, element: <pages.Edit /> },
  ];
}

export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <TenantListPage /> },
      { path: 'verwaltungen/neu', element: <TenantCreatePage /> },
      {
        path: 'verwaltungen/:tenantId',
        element: <TenantLayout />,
        children: [
          { index: true, element: <TenantOverviewPage /> },
          { path: 'bearbeiten', element: <TenantEditPage /> },
          ...crud(SEGMENTS.printers, {
            List: PrinterListPage,
            Create: PrinterCreatePage,
            Detail: PrinterDetailPage,
            Edit: PrinterEditPage,
          }),
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
