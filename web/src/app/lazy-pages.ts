// Every page is loaded on first use, by its own module (not its feature's index, which would
// bring the feature's other pages along): the first page loads only its own code.
import { ConfirmationTimelineDocument, ReadinessBoardDocument } from '../generated/graphql';
import { preloadQuery } from '../lib/preloaded-queries';
import { lazyPage } from './lazy-page';

export const AccountCreatePage = lazyPage(
  () => import('../features/accounts/components/account-form-page'),
  'AccountCreatePage',
);
export const AccountEditPage = lazyPage(
  () => import('../features/accounts/components/account-form-page'),
  'AccountEditPage',
);
export const AccountListPage = lazyPage(
  () => import('../features/accounts/components/account-list-page'),
  'AccountListPage',
);
export const AuditListPage = lazyPage(() => import('../features/audit/components/audit-list-page'), 'AuditListPage');
export const ConfirmationPage = lazyPage(
  () => import('../features/confirmations/components/confirmation-page'),
  'ConfirmationPage',
);
export const TodoPage = lazyPage(() => import('../features/confirmations/components/todo-page'), 'TodoPage');
export const TechnicianPage = lazyPage(
  () => import('../features/cutover-technician/components/technician-page'),
  'TechnicianPage',
);
export const BlockersPage = lazyPage(() => import('../features/blockers/components/blockers-page'), 'BlockersPage');
export const ChecklistTemplatesPage = lazyPage(
  () => import('../features/checklist-templates/components/checklist-templates-page'),
  'ChecklistTemplatesPage',
);
export const TemplateEditPage = lazyPage(
  () => import('../features/checklist-templates/components/template-edit-page'),
  'TemplateEditPage',
);
export const CutoverBoardPage = lazyPage(
  () => import('../features/cutover-board/components/cutover-board-page'),
  'CutoverBoardPage',
);
export const CutoverLocationPage = lazyPage(
  () => import('../features/cutover-board/components/cutover-location-page'),
  'CutoverLocationPage',
);
export const LoginPage = lazyPage(() => import('../features/auth/components/login-page'), 'LoginPage');
export const MyAccountPage = lazyPage(() => import('../features/auth/components/my-account-page'), 'MyAccountPage');
export const SetPasswordPage = lazyPage(
  () => import('../features/auth/components/set-password-page'),
  'SetPasswordPage',
);
export const ImportHistoryPage = lazyPage(
  () => import('../features/imports/components/import-history-page'),
  'ImportHistoryPage',
);
export const ImportPage = lazyPage(() => import('../features/imports/components/import-page'), 'ImportPage');
export const FachverfahrenCreatePage = lazyPage(
  () => import('../features/fachverfahren/components/fachverfahren-form-page'),
  'FachverfahrenCreatePage',
);
export const FachverfahrenDetailPage = lazyPage(
  () => import('../features/fachverfahren/components/fachverfahren-detail-page'),
  'FachverfahrenDetailPage',
);
export const FachverfahrenEditPage = lazyPage(
  () => import('../features/fachverfahren/components/fachverfahren-form-page'),
  'FachverfahrenEditPage',
);
export const FachverfahrenListPage = lazyPage(
  () => import('../features/fachverfahren/components/fachverfahren-list-page'),
  'FachverfahrenListPage',
);
export const FileShareCreatePage = lazyPage(
  () => import('../features/file-shares/components/file-share-form-page'),
  'FileShareCreatePage',
);
export const FileShareDetailPage = lazyPage(
  () => import('../features/file-shares/components/file-share-detail-page'),
  'FileShareDetailPage',
);
export const FileShareEditPage = lazyPage(
  () => import('../features/file-shares/components/file-share-form-page'),
  'FileShareEditPage',
);
export const FileShareListPage = lazyPage(
  () => import('../features/file-shares/components/file-share-list-page'),
  'FileShareListPage',
);
export const LocationCreatePage = lazyPage(
  () => import('../features/locations/components/location-form-page'),
  'LocationCreatePage',
);
export const LocationEditPage = lazyPage(
  () => import('../features/locations/components/location-form-page'),
  'LocationEditPage',
);
export const LocationLayout = lazyPage(
  () => import('../features/locations/components/location-layout'),
  'LocationLayout',
);
export const LocationListPage = lazyPage(
  () => import('../features/locations/components/location-list-page'),
  'LocationListPage',
);
export const LocationWavePage = lazyPage(
  () => import('../features/plan/components/location-wave-page'),
  'LocationWavePage',
);
// The board's queries go out with the session check (the page reads them from the cache); opened
// directly, src/early/early-requests.ts has sent them even before.
export const ReadinessBoardPage = lazyPage(
  () => import('../features/plan/components/readiness-board-page'),
  'ReadinessBoardPage',
  (client) => {
    preloadQuery(client, ReadinessBoardDocument);
    preloadQuery(client, ConfirmationTimelineDocument);
  },
);
export const TimelinePage = lazyPage(() => import('../features/plan/components/timeline-page'), 'TimelinePage');
export const ProjectClosurePage = lazyPage(
  () => import('../features/project-closure/components/project-closure-page'),
  'ProjectClosurePage',
);
export const PersonCreatePage = lazyPage(
  () => import('../features/persons/components/person-form-page'),
  'PersonCreatePage',
);
export const PersonDetailPage = lazyPage(
  () => import('../features/persons/components/person-detail-page'),
  'PersonDetailPage',
);
export const PersonEditPage = lazyPage(
  () => import('../features/persons/components/person-form-page'),
  'PersonEditPage',
);
export const PersonListPage = lazyPage(
  () => import('../features/persons/components/person-list-page'),
  'PersonListPage',
);
export const ProvisioningPage = lazyPage(
  () => import('../features/provisioning/components/provisioning-page'),
  'ProvisioningPage',
);
export const PrinterCreatePage = lazyPage(
  () => import('../features/printers/components/printer-form-page'),
  'PrinterCreatePage',
);
export const PrinterDetailPage = lazyPage(
  () => import('../features/printers/components/printer-detail-page'),
  'PrinterDetailPage',
);
export const PrinterEditPage = lazyPage(
  () => import('../features/printers/components/printer-form-page'),
  'PrinterEditPage',
);
export const PrinterListPage = lazyPage(
  () => import('../features/printers/components/printer-list-page'),
  'PrinterListPage',
);
export const SoftwareCreatePage = lazyPage(
  () => import('../features/software/components/software-form-page'),
  'SoftwareCreatePage',
);
export const SoftwareDetailPage = lazyPage(
  () => import('../features/software/components/software-detail-page'),
  'SoftwareDetailPage',
);
export const SoftwareEditPage = lazyPage(
  () => import('../features/software/components/software-form-page'),
  'SoftwareEditPage',
);
export const SoftwareListPage = lazyPage(
  () => import('../features/software/components/software-list-page'),
  'SoftwareListPage',
);
export const TenantCreatePage = lazyPage(
  () => import('../features/tenants/components/tenant-form-page'),
  'TenantCreatePage',
);
export const TenantEditPage = lazyPage(
  () => import('../features/tenants/components/tenant-form-page'),
  'TenantEditPage',
);
export const TenantLayout = lazyPage(() => import('../features/tenants/components/tenant-layout'), 'TenantLayout');
export const TenantListPage = lazyPage(
  () => import('../features/tenants/components/tenant-list-page'),
  'TenantListPage',
);
export const TenantOverviewPage = lazyPage(
  () => import('../features/tenants/components/tenant-overview-page'),
  'TenantOverviewPage',
);
export const TestRunsPage = lazyPage(() => import('../features/test-runs/components/test-runs-page'), 'TestRunsPage');
export const WorkstationCreatePage = lazyPage(
  () => import('../features/workstations/components/workstation-form-page'),
  'WorkstationCreatePage',
);
export const WorkstationDetailPage = lazyPage(
  () => import('../features/workstations/components/workstation-detail-page'),
  'WorkstationDetailPage',
);
export const WorkstationEditPage = lazyPage(
  () => import('../features/workstations/components/workstation-form-page'),
  'WorkstationEditPage',
);
export const WorkstationListPage = lazyPage(
  () => import('../features/workstations/components/workstation-list-page'),
  'WorkstationListPage',
);
