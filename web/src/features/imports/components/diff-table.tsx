import { Badge, List, Text, Title } from '@mantine/core';
import type { ImportTarget } from '@schaltplan/domain';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportRunFieldsFragment } from '../../../generated/graphql';
import { useImportLabels } from '../hooks/use-import-labels';

type RowDiff = ImportRunFieldsFragment['diffs'][number];
const PAGE_SIZE = 20;

/** New and changed rows (the API sends the first 200) with old → new per field. */
export function DiffTable({ target, diffs }: { target: ImportTarget; diffs: readonly RowDiff[] }) {
  const { t } = useTranslation();
  const labels = useImportLabels();
  const [page, setPage] = useState(1);
  const records = diffs
    .slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)
    .map((diff) => ({ ...diff, id: `${diff.row}-${diff.key}` }));
  const value = (v: string | null) => (v === null || v === '' ? t('imports.diffs.emptyValue') : v);

  return (
    <div>
      <Title order={3} mb="xs">
        {t('imports.diffs.heading')}
      </Title>
      <Text size="sm" mb="xs">
        {t('imports.diffs.intro')}
      </Text>
      <DataTable
        aria-label={t('imports.diffs.tableLabel')}
        withTableBorder
        striped
        minHeight={diffs.length ? undefined : 120}
        noRecordsText={t('imports.diffs.empty')}
        records={records}
        totalRecords={diffs.length}
        recordsPerPage={PAGE_SIZE}
        page={page}
        onPageChange={setPage}
        paginationText={({ from, to, totalRecords }) => t('list.pagination', { from, to, total: totalRecords })}
        getPaginationControlProps={(control) => ({ 'aria-label': t(`list.pageControl.${control}`) })}
        columns={[
          { accessor: 'row', title: t('imports.diffs.row'), width: 80 },
          { accessor: 'key', title: t('imports.diffs.key') },
          {
            accessor: 'action',
            title: t('imports.diffs.action'),
            render: (d) => (
              <Badge color={d.action === 'CREATED' ? 'teal.9' : 'blue.9'} variant="filled">
                {d.action === 'CREATED' || d.action === 'CHANGED' ? t(`imports.diffs.actions.${d.action}`) : d.action}
              </Badge>
            ),
          },
          {
            accessor: 'changes',
            title: t('imports.diffs.changes'),
            render: (d) =>
              d.changes.length === 0 ? (
                '—'
              ) : (
                <List size="sm" listStyleType="none" spacing={2}>
                  {d.changes.map((c) => (
                    <List.Item key={c.field}>
                      {d.action === 'CREATED'
                        ? `${labels.field(target, c.field)}: ${value(c.new)}`
                        : t('imports.diffs.changeText', {
                            field: labels.field(target, c.field),
                            old: value(c.old),
                            new: value(c.new),
                          })}
                    </List.Item>
                  ))}
                </List>
              ),
          },
        ]}
      />
    </div>
  );
}
