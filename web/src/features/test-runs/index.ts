export { TestRunsPage } from './components/test-runs-page';
