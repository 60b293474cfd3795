export { FileShareDetailPage } from './components/file-share-detail-page';
export { FileShareCreatePage, FileShareEditPage } from './components/file-share-form-page';
export { FileShareListPage } from './components/file-share-list-page';
