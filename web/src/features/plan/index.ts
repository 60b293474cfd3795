export { LocationWavePage } from './components/location-wave-page';
export { ReadinessBoardPage } from './components/readiness-board-page';
export { TimelinePage } from './components/timeline-page';
