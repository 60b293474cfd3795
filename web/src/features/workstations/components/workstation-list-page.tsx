import { Anchor } from '@mantine/core';
import type { DataTableColumn } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListPage } from '../../../components/list-page';
import { NotInSourceBadge } from '../../../components/not-in-source-badge';
import { useWorkstationsQuery, type WorkstationSortField, type WorkstationsQuery } from '../../../generated/graphql';
import { paths } from '../../../lib/paths';
import { useListParams } from '../../../lib/use-list-params';

type Row = WorkstationsQuery['workstations']['items'][number];

const SORT: Record<string, WorkstationSortField> = { name: 'NAME', room: 'ROOM', currentHostname: 'CURRENT_HOSTNAME' };

export function WorkstationListPage() {
  const { t } = useTranslation();
  const list = useListParams('name');
  const { data, previousData, loading, error } = useWorkstationsQuery({
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
  const page = (data ?? previousData)?.workstations;

  const columns: DataTableColumn<Row>[] = [
    {
      accessor: 'name',
      title: t('workstations.fields.name'),
      sortable: true,
      render: (row) => (
        <>
          <Anchor component={Link} to={paths.detail(list.tenantId, 'workstations', row.id)}>
            {row.name}
          </Anchor>
          <NotInSourceBadge since={row.notInSourceSince} />
        </>
      ),
    },
    { accessor: 'room', title: t('fields.room'), sortable: true },
    { accessor: 'currentHostname', title: t('workstations.fields.currentHostname'), sortable: true },
    { accessor: 'targetDeviceSerial', title: t('workstations.fields.targetDeviceSerial') },
    {
      accessor: 'persons',
      title: t('workstations.fields.persons'),
      render: (row) => row.persons.map((person) => person.displayName).join('; '),
    },
    ...(list.locationFixed
      ? []
      : [{ accessor: 'location.name', title: t('fields.location'), render: (row: Row) => row.location.name }]),
  ];

  return (
    <ListPage<Row>
      title={t('workstations.title')}
      tableLabel={t('workstations.tableLabel')}
      exportTarget="WORKSTATIONS"
      headingOrder={list.locationFixed ? 2 : 1}
      list={list}
      columns={columns}
      records={page?.items}
      totalCount={page?.totalCount}
      fetching={loading}
      error={error}
      createTo={paths.create(list.tenantId, 'workstations') + (list.locationId ? `?standort=${list.locationId}` : '')}
      createLabel={t('workstations.create')}
      bulkEdit={{ objectType: 'WORKSTATION', rowLabel: (row) => row.name }}
    />
  );
}
