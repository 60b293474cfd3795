import { Anchor, Stack, Text } from '@mantine/core';
import { TENANT_KIND_LABELS } from '@schaltplan/domain';
import type { DataTableColumn } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListPage } from '../../../components/list-page';
import { useTenantsQuery, type TenantSortField, type TenantsQuery } from '../../../generated/graphql';
import { useFormat } from '../../../lib/format';
import { useEnumLabel } from '../../../lib/labels';
import { paths } from '../../../lib/paths';
import { useListParams } from '../../../lib/use-list-params';
import { ExitArchiveImport } from './exit-archive-import';

type Row = TenantsQuery['tenants']['items'][number];

const SORT: Record<string, TenantSortField> = { name: 'NAME', kind: 'KIND', ags: 'AGS', inhabitants: 'INHABITANTS' };

export function TenantListPage() {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  const list = useListParams('name');
  const { data, previousData, loading, error } = useTenantsQuery({
    variables: {
      search: list.search || null,
      sortBy: SORT[list.sortColumn] ?? 'NAME',
      sortDirection: list.sortDirection,
      offset: list.offset,
      limit: list.pageSize,
    },
  });
  const page = (data ?? previousData)?.tenants;

  const columns: DataTableColumn<Row>[] = [
    {
      accessor: 'name',
      title: t('tenants.fields.name'),
      sortable: true,
      render: (row) => (
        <Anchor component={Link} to={paths.tenant(row.id)} fw={600}>
          {row.name}
        </Anchor>
      ),
    },
    {
      accessor: 'kind',
      title: t('tenants.fields.kind'),
      sortable: true,
      render: (row) => label(TENANT_KIND_LABELS, row.kind),
    },
    { accessor: 'ags', title: t('tenants.fields.ags'), sortable: true },
    {
      accessor: 'inhabitants',
      title: t('tenants.fields.inhabitants'),
      sortable: true,
      textAlign: 'right',
      render: (row) => format.number(row.inhabitants),
    },
    {
      accessor: 'counts.locations',
      title: t('counts.locations'),
      textAlign: 'right',
      render: (row) => format.number(row.counts.locations),
    },
    {
      accessor: 'counts.persons',
      title: t('counts.persons'),
      textAlign: 'right',
      render: (row) => format.number(row.counts.persons),
    },
    {
      accessor: 'counts.workstations',
      title: t('counts.workstations'),
      textAlign: 'right',
      render: (row) => format.number(row.counts.workstations),
    },
  ];

  return (
    <ListPage<Row>
      title={t('tenants.title')}
      tableLabel={t('tenants.tableLabel')}
      exportTarget="TENANTS"
      intro={
        <Stack gap="sm">
          <Text>{t('tenants.intro')}</Text>
          <ExitArchiveImport />
        </Stack>
      }
      list={list}
      columns={columns}
      records={page?.items}
      totalCount={page?.totalCount}
      fetching={loading}
      error={error}
      showLocationFilter={false}
      createTo={paths.newTenant()}
      createPermission="tenant.manage"
      createLabel={t('tenants.create')}
    />
  );
}
