import { Anchor } from '@mantine/core';
import type { DataTableColumn } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListPage } from '../../../components/list-page';
import { NotInSourceBadge } from '../../../components/not-in-source-badge';
import { usePersonsQuery, type PersonSortField, type PersonsQuery } from '../../../generated/graphql';
import { paths } from '../../../lib/paths';
import { useListParams } from '../../../lib/use-list-params';

type Row = PersonsQuery['persons']['items'][number];

const SORT: Record<string, PersonSortField> = {
  displayName: 'DISPLAY_NAME',
  accountName: 'ACCOUNT_NAME',
  department: 'DEPARTMENT',
};

export function PersonListPage() {
  const { t } = useTranslation();
  const list = useListParams('displayName');
  const { data, previousData, loading, error } = usePersonsQuery({
    variables: {
      tenantId: list.tenantId,
      locationId: list.locationId,
      search: list.search || null,
      sortBy: SORT[list.sortColumn] ?? 'DISPLAY_NAME',
      sortDirection: list.sortDirection,
      offset: list.offset,
      limit: list.pageSize,
    },
  });
  const page = (data ?? previousData)?.persons;

  const columns: DataTableColumn<Row>[] = [
    {
      accessor: 'displayName',
      title: t('persons.fields.displayName'),
      sortable: true,
      render: (row) => (
        <>
          <Anchor component={Link} to={paths.detail(list.tenantId, 'persons', row.id)}>
            {row.displayName}
          </Anchor>
          <NotInSourceBadge since={row.notInSourceSince} />
        </>
      ),
    },
    { accessor: 'accountName', title: t('persons.fields.accountName'), sortable: true },
    { accessor: 'department', title: t('fields.department'), sortable: true },
    { accessor: 'email', title: t('persons.fields.email') },
    ...(list.locationFixed
      ? []
      : [{ accessor: 'location.name', title: t('fields.location'), render: (row: Row) => row.location?.name ?? '' }]),
  ];

  return (
    <ListPage<Row>
      title={t('persons.title')}
      tableLabel={t('persons.tableLabel')}
      exportTarget="PERSONS"
      headingOrder={list.locationFixed ? 2 : 1}
      list={list}
      columns={columns}
      records={page?.items}
      totalCount={page?.totalCount}
      fetching={loading}
      error={error}
      createTo={paths.create(list.tenantId, 'persons') + (list.locationId ? `?standort=${list.locationId}` : '')}
      createLabel={t('persons.create')}
      bulkEdit={{ objectType: 'PERSON', rowLabel: (row) => row.displayName }}
    />
  );
}
