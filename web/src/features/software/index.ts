export { SoftwareDetailPage } from './components/software-detail-page';
export { SoftwareCreatePage, SoftwareEditPage } from './components/software-form-page';
export { SoftwareListPage } from './components/software-list-page';
