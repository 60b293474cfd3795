import { ActionIcon, Group, Paper, Stack, Title } from '@mantine/core';
import { DataTable, type DataTableColumn } from 'mantine-datatable';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../../lib/session';

interface MappingSectionProps<T> {
  id: string;
  title: string;
  emptyText: string;
  records: T[];
  columns: DataTableColumn<T>[];
  idAccessor: (record: T) => string;
  /** The assign controls shown below the table. */
  addForm: ReactNode;
}

/** One kind of assignment on the person page: what is assigned, and how to add more. */
export function MappingSection<T>(props: MappingSectionProps<T>) {
  const headingId = `${props.id}-heading`;
  // Read-only roles see the assignments, but neither the remove column nor the assign controls.
  const canWrite = usePermissions().can('inventory.write');
  const columns = canWrite ? props.columns : props.columns.filter((column) => column.accessor !== 'actions');
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={headingId}>
          {props.title} ({props.records.length})
        </Title>
        <DataTable<T>
          aria-labelledby={headingId}
          withTableBorder
          records={props.records}
          columns={columns}
          idAccessor={props.idAccessor}
          minHeight={props.records.length === 0 ? 110 : undefined}
          noRecordsText={props.emptyText}
        />
        {canWrite && (
          <Group align="flex-end" gap="sm">
            {props.addForm}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

/** Trash-can button with an accessible name that says what is removed. */
export function RemoveButton({ name, onClick }: { name: string; onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <ActionIcon
      variant="subtle"
      color="red"
      aria-label={t('mappings.removeLabel', { name })}
      title={t('mappings.removeLabel', { name })}
      onClick={onClick}
    >
      <svg
        width="18"
        height="18"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        aria-hidden="true"
      >
        <path d="M3 6h18M8 6V4h8v2M6 6l1 14h10l1-14" />
      </svg>
    </ActionIcon>
  );
}
