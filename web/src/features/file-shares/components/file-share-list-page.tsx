import { Anchor } from '@mantine/core';
import type { DataTableColumn } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListPage } from '../../../components/list-page';
import { NotInSourceBadge } from '../../../components/not-in-source-badge';
import { useFileSharesQuery, type FileShareSortField, type FileSharesQuery } from '../../../generated/graphql';
import { useFormat } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { useListParams } from '../../../lib/use-list-params';

type Row = FileSharesQuery['fileShares']['items'][number];

const SORT: Record<string, FileShareSortField> = {
  uncPath: 'UNC_PATH',
  driveLetter: 'DRIVE_LETTER',
  owningDepartment: 'OWNING_DEPARTMENT',
  sizeGb: 'SIZE_GB',
};

export function FileShareListPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const list = useListParams('uncPath');
  const { data, previousData, loading, error } = useFileSharesQuery({
    variables: {
      tenantId: list.tenantId,
      locationId: list.locationId,
      search: list.search || null,
      sortBy: SORT[list.sortColumn] ?? 'UNC_PATH',
      sortDirection: list.sortDirection,
      offset: list.offset,
      limit: list.pageSize,
    },
  });
  const page = (data ?? previousData)?.fileShares;

  const columns: DataTableColumn<Row>[] = [
    {
      accessor: 'uncPath',
      title: t('fileShares.fields.uncPath'),
      sortable: true,
      render: (row) => (
        <>
          <Anchor component={Link} to={paths.detail(list.tenantId, 'fileShares', row.id)}>
            {row.uncPath}
          </Anchor>
          <NotInSourceBadge since={row.notInSourceSince} />
        </>
      ),
    },
    { accessor: 'driveLetter', title: t('fileShares.fields.driveLetter'), sortable: true },
    { accessor: 'owningDepartment', title: t('fileShares.fields.owningDepartment'), sortable: true },
    {
      accessor: 'sizeGb',
      title: t('fileShares.fields.sizeGb'),
      sortable: true,
      textAlign: 'right',
      render: (row) => format.number(row.sizeGb),
    },
    ...(list.locationFixed
      ? []
      : [
          {
            accessor: 'location.name',
            title: t('fields.location'),
            render: (row: Row) => row.location?.name ?? t('fileShares.noLocation'),
          },
        ]),
  ];

  return (
    <ListPage<Row>
      title={t('fileShares.title')}
      tableLabel={t('fileShares.tableLabel')}
      exportTarget="FILE_SHARES"
      headingOrder={list.locationFixed ? 2 : 1}
      list={list}
      columns={columns}
      records={page?.items}
      totalCount={page?.totalCount}
      fetching={loading}
      error={error}
      createTo={paths.create(list.tenantId, 'fileShares') + (list.locationId ? `?standort=${list.locationId}` : '')}
      createLabel={t('fileShares.create')}
      bulkEdit={{ objectType: 'FILE_SHARE', rowLabel: (row) => row.uncPath }}
    />
  );
}
