export { AuditListPage } from './components/audit-list-page';
