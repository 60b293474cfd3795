import { Badge, Box, Group, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CutoverCountsFieldsFragment } from '../../../generated/graphql';
import type { LiveState } from '../hooks/use-live-refetch';

const COLORS: Record<LiveState, string> = { live: '#1b5e20', connecting: '#616161', reconnecting: '#b71c1c' };

/**
 * "Live" or "Verbindung unterbrochen", and for screen readers one polite summary of the
 * totals: it only changes when the numbers do, so updates are not read out one by one.
 */
export function LiveIndicator({
  state,
  board,
}: {
  state: LiveState;
  board?: { totals: CutoverCountsFieldsFragment } | null;
}) {
  const { t } = useTranslation();
  const totals = board?.totals;
  return (
    <Group gap="xs">
      <Badge
        size="lg"
        variant="outline"
        color={COLORS[state]}
        data-testid="live-indicator"
        data-state={state}
        leftSection={<Box w={10} h={10} style={{ borderRadius: '50%', background: COLORS[state] }} aria-hidden />}
        styles={{ root: { color: COLORS[state], textTransform: 'none' } }}
      >
        {t(`cutoverBoard.live.${state}`)}
      </Badge>
      <VisuallyHidden role="status" aria-live="polite" aria-atomic>
        {totals
          ? t('cutoverBoard.live.summary', {
              done: totals.migrated + totals.accepted,
              total: totals.total,
              blockers: totals.openBlockers,
            })
          : ''}
      </VisuallyHidden>
    </Group>
  );
}
