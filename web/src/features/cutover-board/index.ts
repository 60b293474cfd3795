export { CutoverBoardPage } from './components/cutover-board-page';
export { CutoverLocationPage } from './components/cutover-location-page';
