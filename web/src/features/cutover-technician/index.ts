export { TechnicianPage } from './components/technician-page';

// The path lives in lib/paths so the shell can link to the page without loading it.
export { TECHNICIAN_PATH } from '../../lib/paths';
