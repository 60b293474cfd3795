import { Anchor, Badge, Button, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { ROLES, type Role } from '@schaltplan/domain';
import { DataTable } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorMessage } from '../../../components/error-message';
import { useAccountsQuery, type AccountsQuery } from '../../../generated/graphql';
import { useFormat } from '../../../lib/format';
import { describeError } from '../../../lib/graphql-errors';
import { paths } from '../../../lib/paths';
import { PAGE_SIZES, useListParams } from '../../../lib/use-list-params';
import { usePageTitle } from '../../../lib/use-page-title';

type Row = AccountsQuery['accounts']['items'][number];

// Badge text is small: these reach 4.5:1 against white (Mantine's green/orange shades do not).
const ACTIVE_GREEN = '#1b5e20';
const NO_PASSWORD_ORANGE = '#9a3412';

function isRole(value: string | null): value is Role {
  return (ROLES as readonly string[]).includes(value ?? '');
}

/** Konten: every login, searchable by name and e-mail, filterable by role (administration only). */
export function AccountListPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const list = useListParams('displayName');
  const [searchParams, setSearchParams] = useSearchParams();
  const roleParam = searchParams.get('rolle');
  const role = isRole(roleParam) ? roleParam : null;
  usePageTitle(t('accounts.title'));
  const { data, previousData, loading, error } = useAccountsQuery({
    variables: { search: list.search || null, role, offset: list.offset, limit: list.pageSize },
  });
  const page = (data ?? previousData)?.accounts;

  const setRole = (value: string | null) =>
    setSearchParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value) next.set('rolle', value);
        else next.delete('rolle');
        next.delete('seite');
        return next;
      },
      { replace: true },
    );

  const links = (row: Row) => {
    if (row.role === 'ADMIN') return t('accounts.allTenants');
    if (row.role === 'TECHNICIAN') return row.locations.map((l) => l.name).join(', ');
    return row.tenants.map((v) => v.name).join(', ');
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={1} tabIndex={-1}>
          {t('accounts.title')}
        </Title>
        <Button component={Link} to={paths.newAccount()}>
          {t('accounts.create')}
        </Button>
      </Group>
      <Text>{t('accounts.intro')}</Text>
      <Group
        align="flex-end"
        gap="md"
        role="search"
        aria-label={t('list.filterRegion', { title: t('accounts.title') })}
      >
        <TextInput
          label={t('list.search')}
          description={t('accounts.searchHint')}
          value={list.searchInput}
          onChange={(event) => list.setSearchInput(event.currentTarget.value)}
          type="search"
          w={320}
        />
        <Select
          label={t('accounts.fields.role')}
          description={t('accounts.roleFilterHint')}
          placeholder={t('accounts.allRoles')}
          data={ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))}
          value={role}
          onChange={setRole}
          clearable
          w={240}
        />
      </Group>
      {error && !page && <ErrorMessage info={describeError(error)} />}
      <DataTable<Row>
        aria-label={t('accounts.tableLabel')}
        withTableBorder
        borderRadius="sm"
        striped
        highlightOnHover
        minHeight={page && page.items.length > 0 ? undefined : 180}
        records={page?.items ?? []}
        fetching={loading}
        loadingText={t('list.loading')}
        noRecordsText={list.search || role ? t('list.noMatches') : t('list.empty')}
        totalRecords={page?.totalCount ?? 0}
        recordsPerPage={list.pageSize}
        recordsPerPageOptions={PAGE_SIZES}
        onRecordsPerPageChange={list.setPageSize}
        recordsPerPageLabel={t('list.perPage')}
        page={list.page}
        onPageChange={list.setPage}
        paginationText={({ from, to, totalRecords }) => t('list.pagination', { from, to, total: totalRecords })}
        getPaginationControlProps={(control) => ({ 'aria-label': t(`list.pageControl.${control}`) })}
        columns={[
          {
            accessor: 'displayName',
            title: t('accounts.fields.displayName'),
            render: (row) => (
              <Anchor component={Link} to={paths.editAccount(row.id)} fw={600}>
                {row.displayName}
              </Anchor>
            ),
          },
          { accessor: 'email', title: t('accounts.fields.email') },
          { accessor: 'role', title: t('accounts.fields.role'), render: (row) => t(`roles.${row.role}`) },
          { accessor: 'links', title: t('accounts.fields.links'), render: links },
          {
            accessor: 'active',
            title: t('accounts.fields.status'),
            noWrap: true,
            render: (row) => (
              <Group gap={4}>
                <Badge color={row.active ? ACTIVE_GREEN : 'gray.7'} variant="filled">
                  {row.active ? t('accounts.status.active') : t('accounts.status.inactive')}
                </Badge>
                {!row.hasPassword && (
                  <Badge color={NO_PASSWORD_ORANGE} variant="outline">
                    {t('accounts.status.noPassword')}
                  </Badge>
                )}
              </Group>
            ),
          },
          {
            accessor: 'lastLoginAt',
            title: t('accounts.fields.lastLoginAt'),
            render: (row) => format.dateTime(row.lastLoginAt) || t('accounts.never'),
          },
        ]}
      />
    </Stack>
  );
}
