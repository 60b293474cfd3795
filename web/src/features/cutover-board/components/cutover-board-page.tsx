import { Anchor, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { DataTable } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorMessage } from '../../../components/error-message';
import { useCutoverBoardQuery, type CutoverBoardQuery } from '../../../generated/graphql';
import { useFormat } from '../../../lib/format';
import { describeError } from '../../../lib/graphql-errors';
import { paths } from '../../../lib/paths';
import { usePageTitle } from '../../../lib/use-page-title';
import { useWindowText } from '../hooks/use-window-text';
import { useLiveRefetch } from '../hooks/use-live-refetch';
import { useServerNow } from '../hooks/use-server-now';
import { completion, windowState } from '../hooks/window-state';
import { LiveIndicator } from './live-indicator';
import { StatusBar } from './status-bar';
import { TotalsPanel } from './totals-panel';

type Row = CutoverBoardQuery['cutoverBoard']['locations'][number];

/** "Umstellung live": the Verwaltung's cutover night, one row per Standort with a wave, updated live. */
export function CutoverBoardPage() {
  const { t } = useTranslation();
  const { tenantId = '' } = useParams();
  const format = useFormat();
  const windowText = useWindowText();
  usePageTitle(t('cutoverBoard.title'));
  const { data, loading, error, refetch } = useCutoverBoardQuery({
    variables: { tenantId },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: false,
  });
  const board = data?.cutoverBoard;
  const live = useLiveRefetch(tenantId, () => void refetch());
  const now = useServerNow(board?.generatedAt);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Title order={1} tabIndex={-1}>
          {t('cutoverBoard.title')}
        </Title>
        <LiveIndicator state={live} board={board} />
      </Group>
      <Text>{t('cutoverBoard.intro')}</Text>
      {error && !board && <ErrorMessage info={describeError(error)} />}
      {board && <TotalsPanel counts={board.totals} />}
      <DataTable<Row>
        aria-label={t('cutoverBoard.tableLabel')}
        withTableBorder
        borderRadius="sm"
        striped
        minHeight={board && board.locations.length > 0 ? undefined : 180}
        idAccessor="locationId"
        records={board?.locations ?? []}
        fetching={loading && !board}
        noRecordsText={t('cutoverBoard.empty')}
        columns={[
          {
            accessor: 'locationName',
            title: t('cutoverBoard.fields.location'),
            render: (r) => (
              <Anchor component={Link} to={paths.cutoverLocation(tenantId, r.locationId)} fw={700}>
                {r.locationName}
              </Anchor>
            ),
          },
          {
            accessor: 'windowStart',
            title: t('cutoverBoard.fields.window'),
            render: (r) => (
              <Stack gap={0}>
                <Text size="sm">{r.cutoverDate ? format.day(r.cutoverDate) : '–'}</Text>
                <Text size="sm" fw={500} data-testid="window-text">
                  {windowText(windowState(now, r.windowStart, r.windowEnd))}
                </Text>
              </Stack>
            ),
          },
          {
            accessor: 'counts',
            title: t('cutoverBoard.fields.status'),
            render: (r) => <StatusBar counts={r.counts} size="md" />,
          },
          {
            accessor: 'completion',
            title: t('cutoverBoard.fields.completion'),
            render: ({ counts: c }) => {
              const percent = completion(c.requiredStepsDone, c.requiredSteps);
              return (
                <Stack gap={2} miw={90}>
                  <Progress value={percent} color="green.9" aria-hidden />
                  <Text size="xs">
                    {t('cutoverBoard.stepsDone', { percent, done: c.requiredStepsDone, total: c.requiredSteps })}
                  </Text>
                </Stack>
              );
            },
          },
          {
            accessor: 'openBlockers',
            title: t('cutoverBoard.fields.blockers'),
            textAlign: 'right',
            render: (r) =>
              r.counts.openBlockers > 0 ? (
                <Anchor component={Link} to={paths.blockers(tenantId, r.locationId)}>
                  {r.counts.openBlockers}
                </Anchor>
              ) : (
                '0'
              ),
          },
        ]}
      />
    </Stack>
  );
}
