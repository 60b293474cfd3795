import { Badge } from '@mantine/core';
import { TEST_RESULT_LABELS, TEST_STATE_LABELS, type TestResult, type TestState } from '@schaltplan/domain';
import { useEnumLabel } from '../../../lib/labels';

// Badge text is small: these reach 4.5:1 with white text and as text on white (Mantine's shades do not).
const GREEN = '#1b5e20';
const ORANGE = '#9a3412';
const RED = '#b71c1c';
const STATE_COLORS: Record<TestState, string> = {
  UNTESTED: 'gray.7',
  PASSED_SIGNED_OFF: GREEN,
  PASSED_AWAITING_SIGN_OFF: '#0b4f8a',
  DEFECTS: ORANGE,
  FAILED: RED,
};
const RESULT_COLORS: Record<TestResult, string> = { PASSED: GREEN, PASSED_WITH_DEFECTS: ORANGE, FAILED: RED };
// The whole state must be readable: wrap instead of cutting it off with an ellipsis.
const WRAP = {
  root: { height: 'auto', maxWidth: '100%' },
  label: { whiteSpace: 'normal' as const, overflow: 'visible' },
};

export function TestStateBadge({ state }: { state: TestState }) {
  const label = useEnumLabel();
  return (
    <Badge color={STATE_COLORS[state]} variant="filled" tt="none" styles={WRAP}>
      {label(TEST_STATE_LABELS, state)}
    </Badge>
  );
}

export function TestResultBadge({ result }: { result: TestResult }) {
  const label = useEnumLabel();
  return (
    <Badge color={RESULT_COLORS[result]} variant="outline" tt="none" styles={WRAP}>
      {label(TEST_RESULT_LABELS, result)}
    </Badge>
  );
}
