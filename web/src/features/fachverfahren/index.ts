export { FachverfahrenDetailPage } from './components/fachverfahren-detail-page';
export { FachverfahrenCreatePage, FachverfahrenEditPage } from './components/fachverfahren-form-page';
export { FachverfahrenListPage } from './components/fachverfahren-list-page';
