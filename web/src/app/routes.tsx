import type { ApolloClient } from '@apollo/client';
import type { ComponentType, JSX } from 'react';
import { Navigate, useLocation, useRoutes, type RouteObject } from 'react-router';
import {
  AccountCreatePage,
  AccountEditPage,
  AccountListPage,
  AuditListPage,
  ConfirmationPage,
  TodoPage,
  TechnicianPage,
  BlockersPage,
  ChecklistTemplatesPage,
  TemplateEditPage,
  CutoverBoardPage,
  CutoverLocationPage,
  LoginPage,
  MyAccountPage,
  SetPasswordPage,
  ImportHistoryPage,
  ImportPage,
  FachverfahrenCreatePage,
  FachverfahrenDetailPage,
  FachverfahrenEditPage,
  FachverfahrenListPage,
  FileShareCreatePage,
  FileShareDetailPage,
  FileShareEditPage,
  FileShareListPage,
  LocationCreatePage,
  LocationEditPage,
  LocationLayout,
  LocationListPage,
  LocationWavePage,
  ReadinessBoardPage,
  TimelinePage,
  ProjectClosurePage,
  PersonCreatePage,
  PersonDetailPage,
  PersonEditPage,
  PersonListPage,
  ProvisioningPage,
  PrinterCreatePage,
  PrinterDetailPage,
  PrinterEditPage,
  PrinterListPage,
  SoftwareCreatePage,
  SoftwareDetailPage,
  SoftwareEditPage,
  SoftwareListPage,
  TenantCreatePage,
  TenantEditPage,
  TenantLayout,
  TenantListPage,
  TenantOverviewPage,
  TestRunsPage,
  WorkstationCreatePage,
  WorkstationDetailPage,
  WorkstationEditPage,
  WorkstationListPage,
} from './lazy-pages';
import { SEGMENTS, TECHNICIAN_PATH } from '../lib/paths';
import { useSession } from '../lib/session';
import { AppLayout } from './app-shell';
import { NotFoundPage } from './not-found-page';
import { preloadRoute } from './preload-route';
import { RequirePermission, RequireSession } from './require-session';

type Page = ComponentType;

/** Create and edit pages are for roles that may change the inventory; the others see "keine Berechtigung". */
const writer = (element: JSX.Element) => <RequirePermission permission="inventory.write">{element}</RequirePermission>;
/** The account administration. */
const admin = (element: JSX.Element) => <RequirePermission permission="accounts.manage">{element}</RequirePermission>;

/** list · neu · :id · :id/bearbeiten for one inventory object inside a Verwaltung. */
function crud(segment: string, List: Page, Create: Page, Detail: Page, Edit: Page): RouteObject[] {
  return [
    { path: segment, element: <List /> },
    { path: `${segment}/neu`, element: writer(<Create />) },
    { path: `${segment}/:id`, element: <Detail /> },
    { path: `${segment}/:id/bearbeiten`, element: writer(<Edit />) },
  ];
}

/** Right after login technicians start on their cutover day; everyone else on the Verwaltungen. */
function StartPage() {
  const { account } = useSession();
  const state: unknown = useLocation().state;
  const afterLogin = typeof state === 'object' && state !== null && 'afterLogin' in state;
  if (afterLogin && account?.role === 'TECHNICIAN') return <Navigate to={TECHNICIAN_PATH} replace />;
  return <TenantListPage />;
}

const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      { path: 'anmelden', element: <LoginPage /> },
      { path: 'passwort-setzen', element: <SetPasswordPage /> },
      {
        // Everything else needs a session.
        element: <RequireSession />,
        children: [
          { index: true, element: <StartPage /> },
          { path: TECHNICIAN_PATH.slice(1), element: <TechnicianPage /> },
          { path: 'mein-konto', element: <MyAccountPage /> },
          { path: 'umstellungsplan', element: <ReadinessBoardPage /> },
          { path: 'konten', element: admin(<AccountListPage />) },
          { path: 'konten/neu', element: admin(<AccountCreatePage />) },
          { path: 'konten/:id/bearbeiten', element: admin(<AccountEditPage />) },
          {
            path: 'verwaltungen/neu',
            element: (
              <RequirePermission permission="tenant.manage">
                <TenantCreatePage />
              </RequirePermission>
            ),
          },
          {
            path: 'verwaltungen/:tenantId',
            element: <TenantLayout />,
            children: [
              { index: true, element: <TenantOverviewPage /> },
              {
                path: 'bearbeiten',
                element: (
                  <RequirePermission permission="tenant.update">
                    <TenantEditPage />
                  </RequirePermission>
                ),
              },
              { path: 'aenderungen', element: <AuditListPage /> },
              { path: 'import', element: writer(<ImportPage />) },
              { path: 'import/verlauf', element: writer(<ImportHistoryPage />) },
              { path: 'bestaetigungen', element: <ConfirmationPage /> },
              { path: 'zu-tun', element: <TodoPage /> },
              { path: 'zeitplan', element: <TimelinePage /> },
              { path: 'testlaeufe', element: <TestRunsPage /> },
              {
                path: 'bereitstellung',
                element: (
                  <RequirePermission permission="exports.provisioning">
                    <ProvisioningPage />
                  </RequirePermission>
                ),
              },
              { path: 'blocker', element: <BlockersPage /> },
              { path: 'umstellung-live', element: <CutoverBoardPage /> },
              { path: 'umstellung-live/:locationId', element: <CutoverLocationPage /> },
              { path: 'checklisten', element: <ChecklistTemplatesPage /> },
              {
                path: 'checklisten/neu',
                element: (
                  <RequirePermission permission="checklists.write">
                    <TemplateEditPage />
                  </RequirePermission>
                ),
              },
              { path: 'checklisten/:id', element: <TemplateEditPage /> },
              {
                path: 'projektabschluss',
                element: (
                  <RequirePermission permission="privacy.pseudonymise">
                    <ProjectClosurePage />
                  </RequirePermission>
                ),
              },
              { path: SEGMENTS.locations, element: <LocationListPage /> },
              { path: `${SEGMENTS.locations}/neu`, element: writer(<LocationCreatePage />) },
              { path: `${SEGMENTS.locations}/:id/bearbeiten`, element: writer(<LocationEditPage />) },
              {
                // The Standort page: overview with counts, and its inventory lists filtered to it.
                path: `${SEGMENTS.locations}/:locationId`,
                element: <LocationLayout />,
                children: [
                  { index: true, element: <Navigate to={SEGMENTS.persons} replace /> },
                  { path: SEGMENTS.persons, element: <PersonListPage /> },
                  { path: SEGMENTS.workstations, element: <WorkstationListPage /> },
                  { path: SEGMENTS.printers, element: <PrinterListPage /> },
                  { path: SEGMENTS.fileShares, element: <FileShareListPage /> },
                  { path: 'umstellung', element: <LocationWavePage /> },
                ],
              },
              ...crud(SEGMENTS.persons, PersonListPage, PersonCreatePage, PersonDetailPage, PersonEditPage),
              ...crud(
                SEGMENTS.workstations,
                WorkstationListPage,
                WorkstationCreatePage,
                WorkstationDetailPage,
                WorkstationEditPage,
              ),
              ...crud(SEGMENTS.printers, PrinterListPage, PrinterCreatePage, PrinterDetailPage, PrinterEditPage),
              ...crud(SEGMENTS.software, SoftwareListPage, SoftwareCreatePage, SoftwareDetailPage, SoftwareEditPage),
              ...crud(
                SEGMENTS.fileShares,
                FileShareListPage,
                FileShareCreatePage,
                FileShareDetailPage,
                FileShareEditPage,
              ),
              ...crud(
                SEGMENTS.fachverfahren,
                FachverfahrenListPage,
                FachverfahrenCreatePage,
                FachverfahrenDetailPage,
                FachverfahrenEditPage,
              ),
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

/** The opened page's code and data, fetched alongside the session check (main.tsx). */
export function preloadCurrentRoute(client: ApolloClient): void {
  // The start page (`/`) is not preloaded: without a session it leads to the login page.
  preloadRoute(routes, window.location.pathname, client);
}

/** The pages by address; rendered inside the app's `BrowserRouter`. */
export function AppRoutes() {
  return useRoutes(routes);
}
