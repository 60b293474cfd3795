import { Alert, Box, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { DataTable, type DataTableColumn } from 'mantine-datatable';
import type { BulkEditObjectType } from '@schaltplan/domain';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PAGE_SIZES, type ListParams } from '../lib/use-list-params';
import { usePageTitle } from '../lib/use-page-title';
import type { Permission } from '../lib/permissions';
import { usePermissions } from '../lib/session';
import { describeError } from '../lib/graphql-errors';
import { ErrorMessage } from './error-message';
import { ExportMenu, type ExportTarget } from './export-menu';

// Loaded on use: lists without a location filter (the start page's Verwaltungen) and visits that
// never open "Auswahl bearbeiten" skip the code of the Select, the Modal and the bulk-edit rules.
const LocationFilter = lazy(async () => ({ default: (await import('./location-filter')).LocationFilter }));
const BulkEditModal = lazy(async () => ({ default: (await import('./bulk-edit-modal')).BulkEditModal }));

interface ListPageProps<T> {
  title: string;
  /** Accessible name of the table, e.g. "Drucker am Standort Rathaus". */
  tableLabel: string;
  list: ListParams;
  columns: DataTableColumn<T>[];
  records: T[] | undefined;
  totalCount: number | undefined;
  fetching: boolean;
  error: unknown;
  createTo?: string;
  createLabel?: string;
  /** Who may create: the create button is hidden for everyone else. */
  createPermission?: Permission;
  showLocationFilter?: boolean;
  /** Rendered above the table, e.g. an explanatory sentence. */
  intro?: ReactNode;
  /** Headings level: 1 on a page of its own, 2 inside the location page. */
  headingOrder?: 1 | 2;
  /** Offers "Exportieren" (XLSX/CSV of the list with its current filters). */
  exportTarget?: ExportTarget;
  /** Row selection with "Auswahl bearbeiten", for accounts that may edit the inventory. */
  bulkEdit?: BulkEditOptions<T>;
}

export interface BulkEditOptions<T> {
  objectType: BulkEditObjectType;
  /** Names a row for its selection checkbox, e.g. the printer's name. */
  rowLabel: (row: T) => string;
}

/** Search, location filter, sortable columns and server-side paging for every inventory list. */
export function ListPage<T extends { id: string }>(props: ListPageProps<T>) {
  const { t } = useTranslation();
  const { list } = props;
  const { can } = usePermissions();
  // Inside the Standort page the location names the page; a list only titles its own page.
  usePageTitle(props.headingOrder === 2 ? undefined : props.title, props.headingOrder === 2);
  const searchId = `list-search-${props.title}`;
  const selection = useSelection(props, can('inventory.write'));

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={props.headingOrder ?? 1} tabIndex={-1}>
          {props.title}
        </Title>
        {props.exportTarget && (
          <Box ml="auto">
            <ExportMenu target={props.exportTarget} title={props.title} filters={list} />
          </Box>
        )}
        {props.createTo && can(props.createPermission ?? 'inventory.write') && (
          <Button component={Link} to={props.createTo}>
            {props.createLabel ?? t('actions.create')}
          </Button>
        )}
      </Group>
      {props.intro}
      <Group align="flex-end" gap="md" role="search" aria-label={t('list.filterRegion', { title: props.title })}>
        <TextInput
          id={searchId}
          label={t('list.search')}
          description={t('list.searchHint')}
          value={list.searchInput}
          onChange={(event) => list.setSearchInput(event.currentTarget.value)}
          type="search"
          w={320}
        />
        {props.showLocationFilter !== false && !list.locationFixed && (
          <Suspense fallback={null}>
            <LocationFilter tenantId={list.tenantId} value={list.locationId} onChange={list.setLocationId} />
          </Suspense>
        )}
      </Group>
      {props.error !== undefined && props.error !== null && !props.records && (
        <ErrorMessage info={describeError(props.error)} />
      )}
      {selection.toolbar}
      <DataTable<T>
        aria-label={props.tableLabel}
        withTableBorder
        borderRadius="sm"
        striped
        highlightOnHover
        minHeight={props.records && props.records.length > 0 ? undefined : 180}
        columns={props.columns}
        records={props.records ?? []}
        fetching={props.fetching}
        loadingText={t('list.loading')}
        noRecordsText={list.search ? t('list.noMatches') : t('list.empty')}
        totalRecords={props.totalCount ?? 0}
        recordsPerPage={list.pageSize}
        recordsPerPageOptions={PAGE_SIZES}
        onRecordsPerPageChange={list.setPageSize}
        recordsPerPageLabel={t('list.perPage')}
        page={list.page}
        onPageChange={list.setPage}
        paginationText={({ from, to, totalRecords }) => t('list.pagination', { from, to, total: totalRecords })}
        getPaginationControlProps={(control) => ({ 'aria-label': t(`list.pageControl.${control}`) })}
        sortStatus={{ columnAccessor: list.sortColumn, direction: list.sortDirection === 'DESC' ? 'desc' : 'asc' }}
        onSortStatusChange={(status) =>
          list.setSort(String(status.columnAccessor), status.direction === 'desc' ? 'DESC' : 'ASC')
        }
        {...selection.tableProps}
      />
      {props.error !== undefined && props.error !== null && props.records && (
        <Alert color="red" role="alert">
          {t('errors.refreshFailed')}
        </Alert>
      )}
    </Stack>
  );
}

/** Selection state, the "Auswahl bearbeiten" button and its modal; nothing without `bulkEdit`. */
function useSelection<T extends { id: string }>(props: ListPageProps<T>, mayEdit: boolean) {
  const { t } = useTranslation();
  const [selected, setSelected] = useState<T[]>([]);
  const [opened, setOpened] = useState(false);
  // Mounted (and its code loaded) from the first selection on, closed: Mantine returns the focus to
  // the button only when the modal opens after mounting. Kept mounted for the closing transition.
  const [used, setUsed] = useState(false);
  const bulkEdit = props.bulkEdit;
  if (!bulkEdit || !mayEdit) return { toolbar: null, tableProps: {} };
  const tableProps = {
    selectedRecords: selected,
    onSelectedRecordsChange: (records: T[]) => {
      setSelected(records);
      if (records.length > 0) setUsed(true);
    },
    allRecordsSelectionCheckboxProps: { 'aria-label': t('bulkEdit.selectAll') },
    getRecordSelectionCheckboxProps: (row: T) => ({
      'aria-label': t('bulkEdit.selectRow', { name: bulkEdit.rowLabel(row) }),
    }),
  };
  const toolbar = (
    <Group gap="md">
      {/* Dimmed but focusable when nothing is selected: focus returns here after the modal closes. */}
      <Button
        variant="default"
        data-disabled={selected.length === 0 || undefined}
        aria-disabled={selected.length === 0}
        onClick={() => selected.length > 0 && setOpened(true)}
      >
        {t('bulkEdit.open', { count: selected.length })}
      </Button>
      <Text size="sm" aria-live="polite">
        {selected.length > 0 ? t('bulkEdit.selected', { count: selected.length }) : ''}
      </Text>
      {used && (
        <Suspense fallback={null}>
          <BulkEditModal
            opened={opened}
            onClose={() => setOpened(false)}
            objectType={bulkEdit.objectType}
            tenantId={props.list.tenantId}
            ids={selected.map((row) => row.id)}
            onDone={() => setSelected([])}
          />
        </Suspense>
      )}
    </Group>
  );
  return { toolbar, tableProps };
}
