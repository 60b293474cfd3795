import { Alert, Button, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { CONFIRMATION_STATE_LABELS } from '@schaltplan/domain';
import { DataTable, type DataTableColumn } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorMessage } from '../../../components/error-message';
import { LocationFilter } from '../../../components/location-filter';
import {
  useConfirmationProgressQuery,
  usePersonConfirmationsQuery,
  type ConfirmationRowFragment,
  type ConfirmationState,
} from '../../../generated/graphql';
import { describeError } from '../../../lib/graphql-errors';
import { useEnumOptions } from '../../../lib/labels';
import { usePermissions } from '../../../lib/session';
import { PAGE_SIZES, useListParams } from '../../../lib/use-list-params';
import { usePageTitle } from '../../../lib/use-page-title';
import { useConfirmationActions, type ConfirmationFilter } from '../hooks/use-confirmation-actions';
import { ChangeList, PrinterList, ShareList, SoftwareList } from './mapping-lists';
import { ProgressBars } from './progress-bars';
import { RejectModal } from './reject-modal';
import { StateBadge } from './state-badge';

type Row = ConfirmationRowFragment;

/** "Bestätigungen": every person with their printers, software, drives and Fachverfahren, to confirm or reject. */
export function ConfirmationPage() {
  const { t } = useTranslation();
  usePageTitle(t('confirmations.title'));
  const list = useListParams('displayName');
  const [searchParams, setSearchParams] = useSearchParams();
  const department = searchParams.get('abteilung');
  const state = searchParams.get('status') as ConfirmationState | null;
  const setParam = (key: string, value: string | null) =>
    setSearchParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value) next.set(key, value);
        else next.delete(key);
        next.delete('seite');
        return next;
      },
      { replace: true },
    );
  const filter: ConfirmationFilter = {
    tenantId: list.tenantId,
    locationId: list.locationId,
    department,
    state,
    search: list.search || null,
  };
  const { data, previousData, loading, error } = usePersonConfirmationsQuery({
    variables: { ...filter, offset: list.offset, limit: list.pageSize },
  });
  const progress = useConfirmationProgressQuery({ variables: { tenantId: list.tenantId } }).data?.confirmationProgress;
  const page = (data ?? previousData)?.personConfirmations;
  const mayDecide = usePermissions().can('confirmations.decide');
  const actions = useConfirmationActions();
  const [rejecting, setRejecting] = useState<Row | null>(null);
  const stateOptions = useEnumOptions(CONFIRMATION_STATE_LABELS);
  const departments = (progress?.byDepartment ?? []).flatMap((d) => (d.label ? [d.label] : []));
  const total = page?.totalCount ?? 0;

  const columns: DataTableColumn<Row>[] = [
    {
      accessor: 'displayName',
      title: t('confirmations.person'),
      render: (row) => (
        <Stack gap={0}>
          <Text size="sm" fw={600}>
            {row.displayName}
          </Text>
          <Text size="xs">{[row.accountName, row.department, row.locationName].filter(Boolean).join(' · ')}</Text>
        </Stack>
      ),
    },
    {
      accessor: 'printers',
      title: t('confirmations.printers'),
      render: (row) => <PrinterList mappings={row.mappings} />,
    },
    {
      accessor: 'software',
      title: t('confirmations.softwareAndFachverfahren'),
      render: (row) => <SoftwareList mappings={row.mappings} />,
    },
    { accessor: 'shares', title: t('confirmations.drives'), render: (row) => <ShareList mappings={row.mappings} /> },
    {
      accessor: 'state',
      title: t('confirmations.state'),
      render: (row) => (
        <Stack gap={4}>
          <StateBadge state={row.state} />
          {row.comment && <Text size="xs">„{row.comment}“</Text>}
          <ChangeList changes={row.changes} />
        </Stack>
      ),
    },
    ...(mayDecide
      ? [
          {
            accessor: 'actions',
            title: t('confirmations.actions'),
            render: (row: Row) => (
              <Group gap="xs" wrap="nowrap">
                {row.state !== 'CONFIRMED' && (
                  <Button
                    size="xs"
                    color="#1b5e20"
                    disabled={actions.busy}
                    aria-label={t('confirmations.confirmPerson', { name: row.displayName })}
                    onClick={() => void actions.confirmOne(row.tenantId, row.personId, row.displayName)}
                  >
                    {t('confirmations.confirm')}
                  </Button>
                )}
                <Button
                  size="xs"
                  variant="outline"
                  color="red.9"
                  aria-label={t('confirmations.rejectPerson', { name: row.displayName })}
                  onClick={() => setRejecting(row)}
                >
                  {t('confirmations.reject')}
                </Button>
              </Group>
            ),
          },
        ]
      : []),
  ];

  return (
    <Stack gap="md">
      <Title order={1} tabIndex={-1}>
        {t('confirmations.title')}
      </Title>
      <Text>{t('confirmations.intro')}</Text>
      {progress && <ProgressBars byLocation={progress.byLocation} byDepartment={progress.byDepartment} />}
      <Group
        align="flex-end"
        gap="md"
        role="search"
        aria-label={t('list.filterRegion', { title: t('confirmations.title') })}
      >
        <TextInput
          label={t('list.search')}
          value={list.searchInput}
          onChange={(event) => list.setSearchInput(event.currentTarget.value)}
          type="search"
          w={240}
        />
        <LocationFilter tenantId={list.tenantId} value={list.locationId} onChange={list.setLocationId} />
        <Select
          label={t('confirmations.department')}
          placeholder={t('confirmations.allDepartments')}
          data={departments}
          value={department}
          onChange={(v) => setParam('abteilung', v)}
          clearable
          searchable
          w={220}
        />
        <Select
          label={t('confirmations.state')}
          placeholder={t('confirmations.allStates')}
          data={stateOptions}
          value={state}
          onChange={(v) => setParam('status', v)}
          clearable
          w={240}
        />
      </Group>
      {mayDecide && total > 0 && (
        <Group>
          <Button color="#1b5e20" loading={actions.busy} onClick={() => void actions.confirmShown(filter, total)}>
            {t('confirmations.confirmAllShown', { count: total })}
          </Button>
        </Group>
      )}
      {error && !page && <ErrorMessage info={describeError(error)} />}
      <DataTable<Row>
        aria-label={t('confirmations.tableLabel')}
        idAccessor="personId"
        withTableBorder
        borderRadius="sm"
        striped
        verticalAlign="top"
        minHeight={page && page.items.length > 0 ? undefined : 180}
        columns={columns}
        records={page?.items ?? []}
        fetching={loading}
        loadingText={t('list.loading')}
        noRecordsText={t('list.noMatches')}
        totalRecords={total}
        recordsPerPage={list.pageSize}
        recordsPerPageOptions={PAGE_SIZES}
        onRecordsPerPageChange={list.setPageSize}
        recordsPerPageLabel={t('list.perPage')}
        page={list.page}
        onPageChange={list.setPage}
        paginationText={({ from, to, totalRecords }) => t('list.pagination', { from, to, total: totalRecords })}
        getPaginationControlProps={(control) => ({ 'aria-label': t(`list.pageControl.${control}`) })}
      />
      {error && page && (
        <Alert color="red" role="alert">
          {t('errors.refreshFailed')}
        </Alert>
      )}
      <RejectModal
        person={rejecting}
        busy={actions.busy}
        onClose={() => setRejecting(null)}
        onReject={(comment) =>
          rejecting ? actions.reject(rejecting.personId, comment, rejecting.displayName) : Promise.resolve(false)
        }
      />
    </Stack>
  );
}
