import { Badge } from '@mantine/core';
import { CONFIRMATION_STATE_LABELS } from '@schaltplan/domain';
import type { ConfirmationState } from '../../../generated/graphql';
import { useEnumLabel } from '../../../lib/labels';

// Dark fills with white text keep AA contrast in every state.
const COLOR: Record<ConfirmationState, string> = {
  OPEN: 'gray.7',
  CONFIRMED: '#1b5e20',
  CHANGED: '#a63c00',
  REJECTED: 'red.9',
};

export function StateBadge({ state }: { state: ConfirmationState }) {
  const label = useEnumLabel();
  return (
    <Badge color={COLOR[state]} variant="filled" radius="sm" tt="none">
      {label(CONFIRMATION_STATE_LABELS, state)}
    </Badge>
  );
}
