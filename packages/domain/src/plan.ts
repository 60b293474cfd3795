import { type LabelMap, valuesOf } from './labels';

/** The standard project: five phases, in order (DOMAIN.md "The standard project"). */
export type ProjectPhase = 'BESTANDSAUFNAHME' | 'ZIELUMGEBUNG' | 'TESTLAEUFE' | 'UMSTELLUNG' | 'ABSCHLUSS';
export const PROJECT_PHASE_LABELS: LabelMap<ProjectPhase> = {
  BESTANDSAUFNAHME: { de: 'Bestandsaufnahme', en: 'Inventory' },
  ZIELUMGEBUNG: { de: 'Zielumgebung', en: 'Target environment' },
  TESTLAEUFE: { de: 'Testläufe', en: 'Test runs' },
  UMSTELLUNG: { de: 'Umstellung', en: 'Cutover' },
  ABSCHLUSS: { de: 'Abschluss', en: 'Closure' },
};
export const PROJECT_PHASES = valuesOf(PROJECT_PHASE_LABELS);

export type PhaseStatus = 'OPEN' | 'IN_PROGRESS' | 'DONE' | 'DELAYED';
export const PHASE_STATUS_LABELS: LabelMap<PhaseStatus> = {
  OPEN: { de: 'Offen', en: 'Open' },
  IN_PROGRESS: { de: 'Läuft', en: 'In progress' },
  DONE: { de: 'Abgeschlossen', en: 'Done' },
  DELAYED: { de: 'Verzögert', en: 'Delayed' },
};
export const PHASE_STATUSES = valuesOf(PHASE_STATUS_LABELS);

export type TestResult = 'PASSED' | 'PASSED_WITH_DEFECTS' | 'FAILED';
export const TEST_RESULT_LABELS: LabelMap<TestResult> = {
  PASSED: { de: 'Bestanden', en: 'Passed' },
  PASSED_WITH_DEFECTS: { de: 'Mit Mängeln', en: 'Passed with defects' },
  FAILED: { de: 'Nicht bestanden', en: 'Failed' },
};
export const TEST_RESULTS = valuesOf(TEST_RESULT_LABELS);

/** A person's confirmation as the coordinator sees it. */
export type ConfirmationState = 'OPEN' | 'CONFIRMED' | 'CHANGED' | 'REJECTED';
export const CONFIRMATION_STATE_LABELS: LabelMap<ConfirmationState> = {
  OPEN: { de: 'Noch nicht bestätigt', en: 'Not yet confirmed' },
  CONFIRMED: { de: 'Bestätigt', en: 'Confirmed' },
  CHANGED: { de: 'Geändert seit Bestätigung', en: 'Changed since confirmation' },
  REJECTED: { de: 'Abgelehnt', en: 'Rejected' },
};
export const CONFIRMATION_STATES = valuesOf(CONFIRMATION_STATE_LABELS);

/** What the readiness gate of a location checks; it is ready only when all hold. */
export type ReadinessCriterion =
  'PERSONS_CONFIRMED' | 'FACHVERFAHREN_TESTED' | 'PRINTERS_HAVE_QUEUE' | 'WORKSTATIONS_SCHEDULED' | 'NO_OPEN_BLOCKERS';
export const READINESS_CRITERION_LABELS: LabelMap<ReadinessCriterion> = {
  PERSONS_CONFIRMED: {
    de: 'Alle Personen bestätigt (ohne Änderung seitdem)',
    en: 'Every person confirmed (and unchanged since)',
  },
  FACHVERFAHREN_TESTED: {
    de: 'Alle genutzten Fachverfahren getestet und abgenommen',
    en: 'Every Fachverfahren in use tested and signed off',
  },
  PRINTERS_HAVE_QUEUE: { de: 'Alle Drucker haben eine Ziel-Warteschlange', en: 'Every printer has a target queue' },
  WORKSTATIONS_SCHEDULED: {
    de: 'Umstellung geplant (Termin und mindestens ein Techniker)',
    en: 'Cutover scheduled (date and at least one technician)',
  },
  NO_OPEN_BLOCKERS: { de: 'Keine offenen Blocker', en: 'No open blockers' },
};
export const READINESS_CRITERIA = valuesOf(READINESS_CRITERION_LABELS);

/** Object types a blocker can point at. */
export const BLOCKER_OBJECT_TYPES = [
  'LOCATION',
  'PERSON',
  'WORKSTATION',
  'PRINTER',
  'SOFTWARE',
  'FILE_SHARE',
  'FACHVERFAHREN',
] as const;
export type BlockerObjectType = (typeof BLOCKER_OBJECT_TYPES)[number];
