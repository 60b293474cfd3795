export { TechnicianPage } from './components/technician-page';

/** The technicians' page ("Umstellung heute"); also their start page. */
export const TECHNICIAN_PATH = '/technik';
