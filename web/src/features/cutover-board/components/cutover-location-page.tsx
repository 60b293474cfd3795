import { Anchor, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorMessage } from '../../../components/error-message';
import { useCutoverBoardQuery, useCutoverBurndownQuery } from '../../../generated/graphql';
import { useFormat } from '../../../lib/format';
import { describeError } from '../../../lib/graphql-errors';
import { paths } from '../../../lib/paths';
import { usePageTitle } from '../../../lib/use-page-title';
import { useLiveRefetch } from '../hooks/use-live-refetch';
import { useServerNow } from '../hooks/use-server-now';
import { useWindowText } from '../hooks/use-window-text';
import { completion, windowState } from '../hooks/window-state';
import { BurndownChart } from './burndown-chart';
import { LiveIndicator } from './live-indicator';
import { StatusBar } from './status-bar';

/** One Standort of the live board: its numbers and its burndown, updated live. */
export function CutoverLocationPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const windowText = useWindowText();
  const { tenantId = '', locationId = '' } = useParams();
  const board = useCutoverBoardQuery({ variables: { tenantId }, fetchPolicy: 'cache-and-network' });
  const burndown = useCutoverBurndownQuery({ variables: { locationId }, fetchPolicy: 'cache-and-network' });
  const live = useLiveRefetch(tenantId, () => {
    void board.refetch();
    void burndown.refetch();
  });
  const now = useServerNow(board.data?.cutoverBoard.generatedAt);
  const location = board.data?.cutoverBoard.locations.find((l) => l.locationId === locationId);
  usePageTitle(location ? t('cutoverBoard.location.title', { name: location.locationName }) : t('cutoverBoard.title'));
  const error = board.error ?? burndown.error;

  return (
    <Stack gap="md">
      <Anchor component={Link} to={paths.cutoverBoard(tenantId)} size="sm">
        ‹ {t('cutoverBoard.location.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Title order={1} tabIndex={-1}>
          {location ? t('cutoverBoard.location.title', { name: location.locationName }) : t('cutoverBoard.title')}
        </Title>
        <LiveIndicator state={live} board={board.data?.cutoverBoard} />
      </Group>
      {error && !board.data && <ErrorMessage info={describeError(error)} />}
      {board.data && !location && <Text>{t('cutoverBoard.location.noWave')}</Text>}
      {location && (
        <Paper withBorder p="md" component="section" aria-labelledby="location-numbers-title">
          <Stack gap="sm">
            <Title order={2} size="h3" id="location-numbers-title">
              {t('cutoverBoard.location.numbers')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <div>
                <Text size="sm" c="dimmed">
                  {t('cutoverBoard.fields.window')}
                </Text>
                <Text>{location.cutoverDate ? format.day(location.cutoverDate) : '–'}</Text>
                <Text fw={500} data-testid="window-text">
                  {windowText(windowState(now, location.windowStart, location.windowEnd))}
                </Text>
              </div>
              <div>
                <Text size="sm" c="dimmed">
                  {t('cutoverBoard.fields.completion')}
                </Text>
                <Text>
                  {t('cutoverBoard.stepsDone', {
                    percent: completion(location.counts.requiredStepsDone, location.counts.requiredSteps),
                    done: location.counts.requiredStepsDone,
                    total: location.counts.requiredSteps,
                  })}
                </Text>
              </div>
              <div>
                <Text size="sm" c="dimmed">
                  {t('cutoverBoard.fields.openBlockers')}
                </Text>
                <Anchor component={Link} to={paths.blockers(tenantId, locationId)}>
                  {location.counts.openBlockers}
                </Anchor>
              </div>
            </SimpleGrid>
            <StatusBar counts={location.counts} size="xl" />
          </Stack>
        </Paper>
      )}
      {burndown.data && <BurndownChart burndown={burndown.data.cutoverBurndown} now={now} />}
    </Stack>
  );
}
