import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CutoverCountsFieldsFragment } from '../../../generated/graphql';
import { completion } from '../hooks/window-state';
import { StatusBar } from './status-bar';

function Tile({ value, label }: { value: string; label: string }) {
  return (
    <div>
      <Text fz={28} fw={700} lh={1.2}>
        {value}
      </Text>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
    </div>
  );
}

/** The Verwaltung's numbers of the night: workstations by status, checklist completion, blockers. */
export function TotalsPanel({ counts }: { counts: CutoverCountsFieldsFragment }) {
  const { t } = useTranslation();
  const percent = completion(counts.requiredStepsDone, counts.requiredSteps);
  const done = counts.migrated + counts.accepted;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="cutover-totals-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="cutover-totals-title">
          {t('cutoverBoard.totals.title')}
        </Title>
        <SimpleGrid cols={{ base: 2, sm: 4 }} data-testid="cutover-totals">
          <Tile value={`${done} / ${counts.total}`} label={t('cutoverBoard.totals.migrated')} />
          <Tile value={`${percent} %`} label={t('cutoverBoard.totals.completion')} />
          <Tile
            value={`${counts.requiredStepsDone} / ${counts.requiredSteps}`}
            label={t('cutoverBoard.totals.steps')}
          />
          <Tile value={String(counts.openBlockers)} label={t('cutoverBoard.totals.openBlockers')} />
        </SimpleGrid>
        <StatusBar counts={counts} size="xl" />
      </Stack>
    </Paper>
  );
}
