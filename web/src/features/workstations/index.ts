export { WorkstationDetailPage } from './components/workstation-detail-page';
export { WorkstationCreatePage, WorkstationEditPage } from './components/workstation-form-page';
export { WorkstationListPage } from './components/workstation-list-page';
