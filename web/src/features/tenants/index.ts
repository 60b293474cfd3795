export { TenantCreatePage, TenantEditPage } from './components/tenant-form-page';
export { TenantLayout } from './components/tenant-layout';
export { TenantListPage } from './components/tenant-list-page';
export { TenantOverviewPage } from './components/tenant-overview-page';
