import { Text, Title } from '@mantine/core';
import { DataTable, type DataTableSortStatus } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportRunFieldsFragment } from '../../../generated/graphql';
import { useImportLabels } from '../hooks/use-import-labels';

type RowError = ImportRunFieldsFragment['errors'][number];
const PAGE_SIZE = 20;
/** The API reports at most this many (ImportRun.errors). */
const MAX_REPORTED = 1000;

function compare(a: RowError, b: RowError, column: string, reason: (e: RowError) => string): number {
  if (column === 'row') return (a.row ?? 0) - (b.row ?? 0);
  if (column === 'column') return (a.column ?? '').localeCompare(b.column ?? '');
  return reason(a).localeCompare(reason(b));
}

/** Every problem by row and column with its reason; sorted and paged in the browser (at most 1000). */
export function ErrorTable({ errors }: { errors: readonly RowError[] }) {
  const { t } = useTranslation();
  const labels = useImportLabels();
  const [page, setPage] = useState(1);
  const [sort, setSort] = useState<DataTableSortStatus<RowError>>({ columnAccessor: 'row', direction: 'asc' });
  const sorted = [...errors].sort((a, b) => {
    const order = compare(a, b, String(sort.columnAccessor), labels.reason) || (a.row ?? 0) - (b.row ?? 0);
    return sort.direction === 'desc' ? -order : order;
  });
  const records = sorted
    .slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)
    .map((error, i) => ({ ...error, id: `${(page - 1) * PAGE_SIZE + i}` }));

  return (
    <div>
      <Title order={3} mb="xs">
        {t('imports.errors.heading')}
      </Title>
      {errors.length >= MAX_REPORTED && (
        <Text size="sm" mb="xs">
          {t('imports.errors.truncated', { shown: MAX_REPORTED })}
        </Text>
      )}
      <DataTable
        aria-label={t('imports.errors.tableLabel')}
        withTableBorder
        striped
        records={records}
        totalRecords={errors.length}
        recordsPerPage={PAGE_SIZE}
        page={page}
        onPageChange={setPage}
        paginationText={({ from, to, totalRecords }) => t('list.pagination', { from, to, total: totalRecords })}
        getPaginationControlProps={(control) => ({ 'aria-label': t(`list.pageControl.${control}`) })}
        sortStatus={sort}
        onSortStatusChange={(status) => {
          setSort(status as DataTableSortStatus<RowError>);
          setPage(1);
        }}
        columns={[
          {
            accessor: 'row',
            title: t('imports.errors.row'),
            sortable: true,
            width: 90,
            render: (e) => e.row ?? t('imports.errors.wholeFile'),
          },
          { accessor: 'column', title: t('imports.errors.column'), sortable: true, render: (e) => e.column ?? '—' },
          { accessor: 'message', title: t('imports.errors.reason'), sortable: true, render: (e) => labels.reason(e) },
        ]}
      />
    </div>
  );
}
