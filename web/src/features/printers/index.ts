export { PrinterDetailPage } from './components/printer-detail-page';
export { PrinterCreatePage, PrinterEditPage } from './components/printer-form-page';
export { PrinterListPage } from './components/printer-list-page';
