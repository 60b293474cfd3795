import { Badge } from '@mantine/core';
import { TEST_RESULT_LABELS, TEST_STATE_LABELS, type TestResult, type TestState } from '@schaltplan/domain';
import { useEnumLabel } from '../../../lib/labels';

// Filled, dark shades: white text on them keeps AA contrast.
const STATE_COLORS: Record<TestState, string> = {
  UNTESTED: 'gray.7',
  PASSED_SIGNED_OFF: 'green.9',
  PASSED_AWAITING_SIGN_OFF: 'blue.9',
  DEFECTS: 'orange.9',
  FAILED: 'red.9',
};
const RESULT_COLORS: Record<TestResult, string> = {
  PASSED: 'green.9',
  PASSED_WITH_DEFECTS: 'orange.9',
  FAILED: 'red.9',
};

export function TestStateBadge({ state }: { state: TestState }) {
  const label = useEnumLabel();
  return (
    <Badge color={STATE_COLORS[state]} variant="filled" tt="none">
      {label(TEST_STATE_LABELS, state)}
    </Badge>
  );
}

export function TestResultBadge({ result }: { result: TestResult }) {
  const label = useEnumLabel();
  return (
    <Badge color={RESULT_COLORS[result]} variant="outline" tt="none">
      {label(TEST_RESULT_LABELS, result)}
    </Badge>
  );
}
