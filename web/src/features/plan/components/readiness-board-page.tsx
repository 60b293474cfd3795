import { Anchor, Button, Progress, Stack, Text, Title } from '@mantine/core';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage } from '../../../components/error-message';
import { ReadinessBoardDocument, useReadinessBoardQuery, type ReadinessBoardQuery } from '../../../generated/graphql';
import { describeError } from '../../../lib/graphql-errors';
import { takePreloaded } from '../../../lib/preloaded-queries';
import { paths } from '../../../lib/paths';
import { usePageTitle } from '../../../lib/use-page-title';
import { useDayFormat } from '../hooks/use-day-format';
import { ConfirmationTimelineChart } from './confirmation-timeline-chart';
import { CriteriaPanel } from './criteria-panel';
import { GateBadge } from './gate-badge';

type Row = ReadinessBoardQuery['readinessBoard'][number];

/** The project manager's board: every Standort of every assigned Verwaltung, by cutover date. */
export function ReadinessBoardPage() {
  const { t } = useTranslation();
  const day = useDayFormat();
  usePageTitle(t('plan.board.title'));
  // Opened directly, the board was requested with the session check: no second request then.
  const [preloaded] = useState(() => takePreloaded(ReadinessBoardDocument));
  const { data, loading, error } = useReadinessBoardQuery({
    fetchPolicy: preloaded ? 'cache-first' : 'cache-and-network',
  });
  const [expanded, setExpanded] = useState<string[]>([]);
  const rows = data?.readinessBoard;

  return (
    <Stack gap="md">
      <Title order={1} tabIndex={-1}>
        {t('plan.board.title')}
      </Title>
      <Text>{t('plan.board.intro')}</Text>
      {error && !rows && <ErrorMessage info={describeError(error)} />}
      <DataTable<Row>
        aria-label={t('plan.board.tableLabel')}
        withTableBorder
        borderRadius="sm"
        striped
        highlightOnHover
        minHeight={rows && rows.length > 0 ? undefined : 180}
        idAccessor="locationId"
        records={rows ?? []}
        fetching={loading && !rows}
        noRecordsText={t('plan.board.empty')}
        rowExpansion={{
          // Opened with the "Kriterien" button: reachable by keyboard, announced by aria-expanded.
          trigger: 'never',
          allowMultiple: true,
          expanded: { recordIds: expanded, onRecordIdsChange: setExpanded },
          content: ({ record }) => (
            <CriteriaPanel tenantId={record.tenantId} locationId={record.locationId} criteria={record.criteria} />
          ),
        }}
        columns={[
          {
            accessor: 'cutoverDate',
            title: t('plan.fields.cutoverDate'),
            render: (r) =>
              r.cutoverDate ? (
                <Stack gap={0}>
                  <Text size="sm">{day(r.cutoverDate)}</Text>
                  {r.cutoverWindowStart && (
                    <Text size="xs" c="dimmed">
                      {r.cutoverWindowStart}–{r.cutoverWindowEnd}
                    </Text>
                  )}
                </Stack>
              ) : (
                <Text size="sm" c="dimmed" fs="italic">
                  {t('plan.board.noDate')}
                </Text>
              ),
          },
          {
            accessor: 'tenantName',
            title: t('plan.fields.tenant'),
            render: (r) => (
              <Anchor component={Link} to={paths.timeline(r.tenantId)}>
                {r.tenantName}
              </Anchor>
            ),
          },
          {
            accessor: 'locationName',
            title: t('plan.fields.location'),
            render: (r) => (
              <Anchor component={Link} to={paths.locationWave(r.tenantId, r.locationId)}>
                {r.locationName}
              </Anchor>
            ),
          },
          {
            accessor: 'technicianCount',
            title: t('plan.fields.technicians'),
            textAlign: 'right',
          },
          {
            accessor: 'confirmations',
            title: t('plan.fields.confirmations'),
            render: ({ confirmations: c }) => (
              <Stack gap={2} miw={140}>
                <Progress
                  value={c.total ? (100 * c.confirmed) / c.total : 0}
                  color="green.9"
                  aria-label={t('plan.board.confirmedOf', { confirmed: c.confirmed, total: c.total })}
                />
                <Text size="xs">
                  {t('plan.board.confirmedOf', { confirmed: c.confirmed, total: c.total })}
                  {c.changed > 0 && ` · ${t('plan.board.changed', { count: c.changed })}`}
                  {c.rejected > 0 && ` · ${t('plan.board.rejected', { count: c.rejected })}`}
                </Text>
              </Stack>
            ),
          },
          {
            accessor: 'testRuns',
            title: t('plan.fields.testRuns'),
            render: ({ testRuns: r }) => (
              <Text size="xs">
                {t('plan.board.testedOf', { ready: r.ready, used: r.used })}
                {r.failed > 0 && ` · ${t('plan.board.failed', { count: r.failed })}`}
                {r.untested > 0 && ` · ${t('plan.board.untested', { count: r.untested })}`}
                {r.awaitingSignOff + r.withDefects > 0 &&
                  ` · ${t('plan.board.awaiting', { count: r.awaitingSignOff + r.withDefects })}`}
              </Text>
            ),
          },
          { accessor: 'openBlockers', title: t('plan.fields.openBlockers'), textAlign: 'right' },
          {
            accessor: 'criteria',
            title: t('plan.fields.criteria'),
            render: (r) => {
              const isOpen = expanded.includes(r.locationId);
              return (
                <Button
                  size="compact-sm"
                  variant="default"
                  aria-expanded={isOpen}
                  aria-label={t(isOpen ? 'plan.board.hideCriteriaOf' : 'plan.board.criteriaOf', {
                    name: r.locationName,
                  })}
                  onClick={() =>
                    setExpanded(isOpen ? expanded.filter((id) => id !== r.locationId) : [...expanded, r.locationId])
                  }
                >
                  {isOpen ? t('plan.failures.hide') : t('plan.board.criteria')}
                </Button>
              );
            },
          },
          {
            accessor: 'ready',
            title: t('plan.fields.gate'),
            width: 130,
            render: (r) => (
              <Stack gap={2} align="flex-start">
                <GateBadge ready={r.ready} />
                {!r.ready && (
                  <Text size="xs" c="dimmed">
                    {t('plan.board.failingCriteria', { count: r.criteria.filter((c) => !c.met).length })}
                  </Text>
                )}
              </Stack>
            ),
          },
        ]}
      />
      <ConfirmationTimelineChart />
    </Stack>
  );
}
