export { PersonDetailPage } from './components/person-detail-page';
export { PersonCreatePage, PersonEditPage } from './components/person-form-page';
export { PersonListPage } from './components/person-list-page';
