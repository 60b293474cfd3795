export { ProjectClosurePage } from './components/project-closure-page';
