import { Anchor } from '@mantine/core';
import { CRITICALITY_LABELS, FACHVERFAHREN_AREA_LABELS, OPERATING_MODE_LABELS } from '@schaltplan/domain';
import type { DataTableColumn } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListPage } from '../../../components/list-page';
import { NotInSourceBadge } from '../../../components/not-in-source-badge';
import {
  useFachverfahrenListQuery,
  type FachverfahrenListQuery,
  type FachverfahrenSortField,
} from '../../../generated/graphql';
import { useEnumLabel } from '../../../lib/labels';
import { paths } from '../../../lib/paths';
import { useListParams } from '../../../lib/use-list-params';

type Row = FachverfahrenListQuery['fachverfahrenList']['items'][number];

const SORT: Record<string, FachverfahrenSortField> = {
  name: 'NAME',
  area: 'AREA',
  vendor: 'VENDOR',
  criticality: 'CRITICALITY',
};

export function FachverfahrenListPage() {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const list = useListParams('name');
  const { data, previousData, loading, error } = useFachverfahrenListQuery({
    variables: {
      tenantId: list.tenantId,
      search: list.search || null,
      sortBy: SORT[list.sortColumn] ?? 'NAME',
      sortDirection: list.sortDirection,
      offset: list.offset,
      limit: list.pageSize,
    },
  });
  const page = (data ?? previousData)?.fachverfahrenList;

  const columns: DataTableColumn<Row>[] = [
    {
      accessor: 'name',
      title: t('fachverfahren.fields.name'),
      sortable: true,
      render: (row) => (
        <>
          <Anchor component={Link} to={paths.detail(list.tenantId, 'fachverfahren', row.id)}>
            {row.name}
          </Anchor>
          <NotInSourceBadge since={row.notInSourceSince} />
        </>
      ),
    },
    {
      accessor: 'area',
      title: t('fachverfahren.fields.area'),
      sortable: true,
      render: (row) => label(FACHVERFAHREN_AREA_LABELS, row.area),
    },
    { accessor: 'vendor', title: t('fields.vendor'), sortable: true },
    {
      accessor: 'criticality',
      title: t('fachverfahren.fields.criticality'),
      sortable: true,
      render: (row) => label(CRITICALITY_LABELS, row.criticality),
    },
    {
      accessor: 'targetOperation',
      title: t('fachverfahren.fields.targetOperation'),
      render: (row) => label(OPERATING_MODE_LABELS, row.targetOperation),
    },
  ];

  return (
    <ListPage<Row>
      title={t('fachverfahren.title')}
      tableLabel={t('fachverfahren.tableLabel')}
      exportTarget="FACHVERFAHREN"
      list={list}
      columns={columns}
      records={page?.items}
      totalCount={page?.totalCount}
      fetching={loading}
      error={error}
      showLocationFilter={false}
      createTo={paths.create(list.tenantId, 'fachverfahren')}
      createLabel={t('fachverfahren.create')}
      bulkEdit={{ objectType: 'FACHVERFAHREN', rowLabel: (row) => row.name }}
    />
  );
}
