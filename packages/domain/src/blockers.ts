import type { LabelMap } from './labels';
import type { BlockerObjectType } from './plan';

/** What a blocker can concern, in the words the UI uses. */
export const BLOCKER_OBJECT_TYPE_LABELS: LabelMap<BlockerObjectType> = {
  LOCATION: { de: 'Standort', en: 'Location' },
  PERSON: { de: 'Person', en: 'Person' },
  WORKSTATION: { de: 'Arbeitsplatz', en: 'Workstation' },
  PRINTER: { de: 'Drucker', en: 'Printer' },
  SOFTWARE: { de: 'Software', en: 'Software' },
  FILE_SHARE: { de: 'Dateiablage', en: 'File share' },
  FACHVERFAHREN: { de: 'Fachverfahren', en: 'Fachverfahren' },
};

/** Objects that stand at a location: a blocker on them takes that location. */
export const LOCATED_BLOCKER_OBJECTS: readonly BlockerObjectType[] = [
  'LOCATION',
  'PERSON',
  'WORKSTATION',
  'PRINTER',
  'FILE_SHARE',
];
