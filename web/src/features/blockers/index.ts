export { BlockersPage } from './components/blockers-page';
