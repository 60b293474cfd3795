import { type LabelMap, valuesOf } from './labels';
import type { TestResult } from './plan';

/** Where a Fachverfahren (or the standard workplace) stands: only its latest test run counts. */
export type TestState = 'UNTESTED' | 'PASSED_SIGNED_OFF' | 'PASSED_AWAITING_SIGN_OFF' | 'DEFECTS' | 'FAILED';
export const TEST_STATE_LABELS: LabelMap<TestState> = {
  UNTESTED: { de: 'Noch nicht getestet', en: 'Not tested yet' },
  PASSED_SIGNED_OFF: { de: 'Bestanden und abgenommen', en: 'Passed and signed off' },
  PASSED_AWAITING_SIGN_OFF: { de: 'Bestanden, Abnahme fehlt', en: 'Passed, awaiting sign-off' },
  DEFECTS: { de: 'Mit Mängeln', en: 'Passed with defects' },
  FAILED: { de: 'Nicht bestanden', en: 'Failed' },
};
export const TEST_STATES = valuesOf(TEST_STATE_LABELS);

/** The state from the latest run (null: none recorded yet). */
export function testStateOf(latest: { result: TestResult; signedOffAt: unknown } | null): TestState {
  if (!latest) return 'UNTESTED';
  if (latest.result === 'FAILED') return 'FAILED';
  if (latest.result === 'PASSED_WITH_DEFECTS') return 'DEFECTS';
  return latest.signedOffAt ? 'PASSED_SIGNED_OFF' : 'PASSED_AWAITING_SIGN_OFF';
}

/** A test-run date: an ISO calendar day. */
export const ISO_DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
