import { Box, Group, Progress, Text } from '@mantine/core';
import { WORKSTATION_STATUS_LABELS, type WorkstationStatus } from '@schaltplan/domain';
import { useTranslation } from 'react-i18next';
import type { CutoverCountsFieldsFragment } from '../../../generated/graphql';
import { useEnumLabel } from '../../../lib/labels';

/** Statuses in the order of the lifecycle, with the count field and a colour (AA contrast for white text). */
export const STATUS_PARTS: { status: WorkstationStatus; key: keyof CutoverCountsFieldsFragment; color: string }[] = [
  { status: 'ACCEPTED', key: 'accepted', color: '#1b5e20' },
  { status: 'MIGRATED', key: 'migrated', color: '#2e7d32' },
  { status: 'PREPARED', key: 'prepared', color: '#1565c0' },
  { status: 'PLANNED', key: 'planned', color: '#616161' },
  { status: 'ROLLED_BACK', key: 'rolledBack', color: '#b71c1c' },
];

/**
 * Workstations by status as one stacked bar, with the numbers written next to it: the colours
 * are a help, never the only carrier of the information.
 */
export function StatusBar({ counts, size = 'lg' }: { counts: CutoverCountsFieldsFragment; size?: 'md' | 'lg' | 'xl' }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const parts = STATUS_PARTS.map((p) => ({
    ...p,
    value: counts[p.key],
    name: label(WORKSTATION_STATUS_LABELS, p.status),
  }));
  return (
    <Box miw={180}>
      <Progress.Root size={size} aria-hidden>
        {counts.total > 0 &&
          parts
            .filter((p) => p.value > 0)
            .map((p) => <Progress.Section key={p.status} value={(100 * p.value) / counts.total} color={p.color} />)}
      </Progress.Root>
      <Group
        gap={4}
        mt={4}
        component="ul"
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
        aria-label={t('cutoverBoard.byStatus')}
      >
        {parts.map((p) => (
          <Group component="li" gap={4} key={p.status} wrap="nowrap" mr={4}>
            <Box w={10} h={10} style={{ background: p.color, borderRadius: 2 }} aria-hidden />
            <Text size="xs" c={p.value > 0 ? undefined : 'dimmed'}>
              <Text span fw={700} size="xs">
                {p.value}
              </Text>{' '}
              {p.name}
            </Text>
          </Group>
        ))}
      </Group>
    </Box>
  );
}
