import { Anchor } from '@mantine/core';
import { PRINTER_KIND_LABELS } from '@schaltplan/domain';
import type { DataTableColumn } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListPage } from '../../../components/list-page';
import { NotInSourceBadge } from '../../../components/not-in-source-badge';
import { usePrintersQuery, type PrinterSortField, type PrintersQuery } from '../../../generated/graphql';
import { useEnumLabel } from '../../../lib/labels';
import { paths } from '../../../lib/paths';
import { useListParams } from '../../../lib/use-list-params';

type Row = PrintersQuery['printers']['items'][number];

const SORT: Record<string, PrinterSortField> = {
  name: 'NAME',
  model: 'MODEL',
  room: 'ROOM',
  targetQueue: 'TARGET_QUEUE',
};

export function PrinterListPage() {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const list = useListParams('name');
  const { data, previousData, loading, error } = usePrintersQuery({
    variables: {
      tenantId: list.tenantId,
      locationId: list.locationId,
      search: list.search || null,
      sortBy: SORT[list.sortColumn] ?? 'NAME',
      sortDirection: list.sortDirection,
      offset: list.offset,
      limit: list.pageSize,
    },
  });
  const page = (data ?? previousData)?.printers;

  const columns: DataTableColumn<Row>[] = [
    {
      accessor: 'name',
      title: t('printers.fields.name'),
      sortable: true,
      render: (row) => (
        <>
          <Anchor component={Link} to={paths.detail(list.tenantId, 'printers', row.id)}>
            {row.name}
          </Anchor>
          <NotInSourceBadge since={row.notInSourceSince} />
        </>
      ),
    },
    { accessor: 'kind', title: t('printers.fields.kind'), render: (row) => label(PRINTER_KIND_LABELS, row.kind) },
    { accessor: 'model', title: t('printers.fields.model'), sortable: true },
    { accessor: 'room', title: t('fields.room'), sortable: true },
    { accessor: 'targetQueue', title: t('printers.fields.targetQueue'), sortable: true },
    ...(list.locationFixed
      ? []
      : [{ accessor: 'location.name', title: t('fields.location'), render: (row: Row) => row.location.name }]),
  ];

  return (
    <ListPage<Row>
      title={t('printers.title')}
      tableLabel={t('printers.tableLabel')}
      exportTarget="PRINTERS"
      headingOrder={list.locationFixed ? 2 : 1}
      list={list}
      columns={columns}
      records={page?.items}
      totalCount={page?.totalCount}
      fetching={loading}
      error={error}
      createTo={paths.create(list.tenantId, 'printers') + (list.locationId ? `?standort=${list.locationId}` : '')}
      createLabel={t('printers.create')}
      bulkEdit={{ objectType: 'PRINTER', rowLabel: (row) => row.name }}
    />
  );
}
