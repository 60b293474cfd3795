import { Anchor } from '@mantine/core';
import { SOFTWARE_DELIVERY_LABELS } from '@schaltplan/domain';
import type { DataTableColumn } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListPage } from '../../../components/list-page';
import { NotInSourceBadge } from '../../../components/not-in-source-badge';
import { useSoftwareListQuery, type SoftwareListQuery, type SoftwareSortField } from '../../../generated/graphql';
import { useEnumLabel } from '../../../lib/labels';
import { paths } from '../../../lib/paths';
import { useListParams } from '../../../lib/use-list-params';

type Row = SoftwareListQuery['softwareList']['items'][number];

const SORT: Record<string, SoftwareSortField> = { product: 'PRODUCT', vendor: 'VENDOR', delivery: 'DELIVERY' };

export function SoftwareListPage() {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const list = useListParams('product');
  const { data, previousData, loading, error } = useSoftwareListQuery({
    variables: {
      tenantId: list.tenantId,
      search: list.search || null,
      sortBy: SORT[list.sortColumn] ?? 'PRODUCT',
      sortDirection: list.sortDirection,
      offset: list.offset,
      limit: list.pageSize,
    },
  });
  const page = (data ?? previousData)?.softwareList;

  const columns: DataTableColumn<Row>[] = [
    {
      accessor: 'product',
      title: t('software.fields.product'),
      sortable: true,
      render: (row) => (
        <>
          <Anchor component={Link} to={paths.detail(list.tenantId, 'software', row.id)}>
            {row.product}
          </Anchor>
          <NotInSourceBadge since={row.notInSourceSince} />
        </>
      ),
    },
    { accessor: 'vendor', title: t('fields.vendor'), sortable: true },
    { accessor: 'versionLabel', title: t('software.fields.versionLabel') },
    {
      accessor: 'delivery',
      title: t('software.fields.delivery'),
      sortable: true,
      render: (row) => label(SOFTWARE_DELIVERY_LABELS, row.delivery),
    },
  ];

  return (
    <ListPage<Row>
      title={t('software.title')}
      tableLabel={t('software.tableLabel')}
      exportTarget="SOFTWARE"
      list={list}
      columns={columns}
      records={page?.items}
      totalCount={page?.totalCount}
      fetching={loading}
      error={error}
      showLocationFilter={false}
      createTo={paths.create(list.tenantId, 'software')}
      createLabel={t('software.create')}
      bulkEdit={{ objectType: 'SOFTWARE', rowLabel: (row) => row.product }}
    />
  );
}
