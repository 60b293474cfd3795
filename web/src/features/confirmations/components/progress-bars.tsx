import { Group, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ConfirmationCountsFieldsFragment } from '../../../generated/graphql';

function Bar({ counts, label }: { counts: ConfirmationCountsFieldsFragment; label: string }) {
  const { t } = useTranslation();
  const share = (n: number) => (counts.total ? (n / counts.total) * 100 : 0);
  const summary = t('confirmations.progressSummary', { ...counts });
  return (
    <Stack gap={4}>
      <Group justify="space-between" gap="xs">
        <Text size="sm" fw={600}>
          {label}
        </Text>
        <Text size="sm">{summary}</Text>
      </Group>
      <Progress.Root size="lg">
        <Progress.Section
          value={share(counts.confirmed)}
          color="#1b5e20"
          aria-label={`${label}: ${t('confirmations.share.confirmed')}`}
        />
        <Progress.Section
          value={share(counts.changed)}
          color="#a63c00"
          aria-label={`${label}: ${t('confirmations.share.changed')}`}
        />
        <Progress.Section
          value={share(counts.rejected)}
          color="red.9"
          aria-label={`${label}: ${t('confirmations.share.rejected')}`}
        />
      </Progress.Root>
    </Stack>
  );
}

/** Progress per Standort and per Abteilung: confirmed (green), changed (orange), rejected (red). */
export function ProgressBars(props: {
  byLocation: ConfirmationCountsFieldsFragment[];
  byDepartment: ConfirmationCountsFieldsFragment[];
}) {
  const { t } = useTranslation();
  const name = (c: ConfirmationCountsFieldsFragment, none: string) => c.label ?? none;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('confirmations.progressByLocation')}
        </Title>
        {props.byLocation.map((c) => (
          <Bar key={c.key ?? '-'} counts={c} label={name(c, t('confirmations.withoutLocation'))} />
        ))}
      </Stack>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('confirmations.progressByDepartment')}
        </Title>
        {props.byDepartment.map((c) => (
          <Bar key={c.key ?? '-'} counts={c} label={name(c, t('confirmations.withoutDepartment'))} />
        ))}
      </Stack>
    </SimpleGrid>
  );
}
