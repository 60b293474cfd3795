export { LocationCreatePage, LocationEditPage } from './components/location-form-page';
export { LocationLayout } from './components/location-layout';
export { LocationListPage } from './components/location-list-page';
