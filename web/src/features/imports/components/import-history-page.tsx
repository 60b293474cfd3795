import { Anchor, Badge, Group, Select, Stack, Text, Title, Tooltip } from '@mantine/core';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorMessage } from '../../../components/error-message';
import { useImportRunsQuery, type ImportMode } from '../../../generated/graphql';
import { useFormat } from '../../../lib/format';
import { describeError } from '../../../lib/graphql-errors';
import { paths } from '../../../lib/paths';
import { usePageTitle } from '../../../lib/use-page-title';
import { useImportLabels } from '../hooks/use-import-labels';

const PAGE_SIZE = 25;
const MODES: ImportMode[] = ['DRY_RUN', 'COMMIT'];
// Dark shades: white badge text keeps AA contrast.
const STATUS_COLOR: Record<string, string> = { RUNNING: 'blue.9', SUCCEEDED: 'teal.9', FAILED: 'red.9' };

/** "Importverlauf": who imported which file (name and SHA-256) when, into what, and the outcome. */
export function ImportHistoryPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = useImportLabels();
  const { tenantId = '' } = useParams();
  usePageTitle(t('imports.history.title'));
  const [mode, setMode] = useState<ImportMode | null>(null);
  const [page, setPage] = useState(1);
  const { data, previousData, loading, error } = useImportRunsQuery({
    variables: { tenantId, mode, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const result = (data ?? previousData)?.importRuns;
  const status = (value: string) =>
    value === 'RUNNING' || value === 'SUCCEEDED' || value === 'FAILED' ? t(`imports.history.statuses.${value}`) : value;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={1} tabIndex={-1}>
          {t('imports.history.title')}
        </Title>
        <Anchor component={Link} to={paths.importWizard(tenantId)}>
          {t('imports.history.back')}
        </Anchor>
      </Group>
      <Text>{t('imports.history.intro')}</Text>
      <Group role="search" aria-label={t('imports.history.filters')}>
        <Select
          label={t('imports.history.columns.mode')}
          data={MODES.map((value) => ({ value, label: t(`imports.history.modes.${value}`) }))}
          value={mode}
          onChange={(value) => {
            setMode(value);
            setPage(1);
          }}
          clearable
          placeholder={t('imports.history.all')}
          w={220}
        />
      </Group>
      {error && !result && <ErrorMessage info={describeError(error)} />}
      <DataTable
        aria-label={t('imports.history.title')}
        withTableBorder
        striped
        minHeight={160}
        records={result?.items ?? []}
        fetching={loading && !result}
        loadingText={t('list.loading')}
        noRecordsText={t('imports.history.empty')}
        totalRecords={result?.totalCount ?? 0}
        recordsPerPage={PAGE_SIZE}
        page={page}
        onPageChange={setPage}
        paginationText={({ from, to, totalRecords }) => t('list.pagination', { from, to, total: totalRecords })}
        getPaginationControlProps={(control) => ({ 'aria-label': t(`list.pageControl.${control}`) })}
        columns={[
          {
            accessor: 'startedAt',
            title: t('imports.history.columns.startedAt'),
            noWrap: true,
            render: (r) => format.dateTime(r.startedAt),
          },
          { accessor: 'accountName', title: t('imports.history.columns.account'), render: (r) => r.accountName ?? '—' },
          {
            accessor: 'fileName',
            title: t('imports.history.columns.file'),
            render: (r) => (
              <Stack gap={0}>
                <Text size="sm">{r.fileName}</Text>
                {r.fileSha256 && (
                  <Tooltip label={t('imports.history.shaFull', { sha: r.fileSha256 })}>
                    <Text size="xs" c="dimmed" ff="monospace" tabIndex={0}>
                      {t('imports.history.sha', { sha: r.fileSha256.slice(0, 12) })}
                    </Text>
                  </Tooltip>
                )}
              </Stack>
            ),
          },
          {
            accessor: 'target',
            title: t('imports.history.columns.target'),
            render: (r) => labels.target(r.target),
          },
          {
            accessor: 'mode',
            title: t('imports.history.columns.mode'),
            render: (r) => t(`imports.history.modes.${r.mode}`),
          },
          {
            accessor: 'status',
            title: t('imports.history.columns.status'),
            render: (r) => (
              <Badge color={STATUS_COLOR[r.status] ?? 'gray.8'} variant="filled">
                {status(r.status)}
              </Badge>
            ),
          },
          {
            accessor: 'counts',
            title: t('imports.history.columns.counts'),
            render: (r) =>
              r.counts
                ? t('imports.history.countsText', {
                    created: format.number(r.counts.created),
                    changed: format.number(r.counts.changed),
                    unchanged: format.number(r.counts.unchanged),
                    errors: format.number(r.counts.errors),
                  })
                : '—',
          },
        ]}
      />
    </Stack>
  );
}
