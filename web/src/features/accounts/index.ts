export { AccountCreatePage, AccountEditPage } from './components/account-form-page';
export { AccountListPage } from './components/account-list-page';
