import { Anchor } from '@mantine/core';
import { LOCATION_KIND_LABELS } from '@schaltplan/domain';
import type { DataTableColumn } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListPage } from '../../../components/list-page';
import { NotInSourceBadge } from '../../../components/not-in-source-badge';
import { useLocationsQuery, type LocationSortField, type LocationsQuery } from '../../../generated/graphql';
import { useFormat } from '../../../lib/format';
import { useEnumLabel } from '../../../lib/labels';
import { paths } from '../../../lib/paths';
import { useListParams } from '../../../lib/use-list-params';

type Row = LocationsQuery['locations']['items'][number];

const SORT: Record<string, LocationSortField> = { name: 'NAME', kind: 'KIND', city: 'CITY' };

export function LocationListPage() {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  const list = useListParams('name');
  const { data, previousData, loading, error } = useLocationsQuery({
    variables: {
      tenantId: list.tenantId,
      search: list.search || null,
      sortBy: SORT[list.sortColumn] ?? 'NAME',
      sortDirection: list.sortDirection,
      offset: list.offset,
      limit: list.pageSize,
    },
  });
  const page = (data ?? previousData)?.locations;

  const columns: DataTableColumn<Row>[] = [
    {
      accessor: 'name',
      title: t('locations.fields.name'),
      sortable: true,
      render: (row) => (
        <>
          <Anchor component={Link} to={paths.detail(list.tenantId, 'locations', row.id)} fw={600}>
            {row.name}
          </Anchor>
          <NotInSourceBadge since={row.notInSourceSince} />
        </>
      ),
    },
    {
      accessor: 'kind',
      title: t('locations.fields.kind'),
      sortable: true,
      render: (row) => label(LOCATION_KIND_LABELS, row.kind),
    },
    { accessor: 'city', title: t('locations.fields.city'), sortable: true },
    { accessor: 'street', title: t('locations.fields.street') },
    ...(['persons', 'workstations', 'printers', 'fileShares'] as const).map((key) => ({
      accessor: `counts.${key}`,
      title: t(`counts.${key}`),
      textAlign: 'right' as const,
      render: (row: Row) => format.number(row.counts[key]),
    })),
  ];

  return (
    <ListPage<Row>
      title={t('locations.title')}
      tableLabel={t('locations.tableLabel')}
      exportTarget="LOCATIONS"
      list={list}
      columns={columns}
      records={page?.items}
      totalCount={page?.totalCount}
      fetching={loading}
      error={error}
      showLocationFilter={false}
      createTo={paths.create(list.tenantId, 'locations')}
      createLabel={t('locations.create')}
      bulkEdit={{ objectType: 'LOCATION', rowLabel: (row) => row.name }}
    />
  );
}
