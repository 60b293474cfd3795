export { ImportHistoryPage } from './components/import-history-page';
export { ImportPage } from './components/import-page';
