export { ConfirmationPage } from './components/confirmation-page';
export { TodoPage } from './components/todo-page';
