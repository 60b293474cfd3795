import { Button, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useApolloClient } from '@apollo/client/react';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { AuditChanges } from '../../../components/audit-changes';
import { ErrorMessage } from '../../../components/error-message';
import {
  AuditEntriesCsvDocument,
  useAuditAccountsQuery,
  useAuditEntriesQuery,
  type AuditObjectType,
} from '../../../generated/graphql';
import { useFormat } from '../../../lib/format';
import { describeError } from '../../../lib/graphql-errors';
import { notifyError } from '../../../lib/notify';
import { usePageTitle } from '../../../lib/use-page-title';

const OBJECT_TYPES: AuditObjectType[] = [
  'TENANT',
  'LOCATION',
  'PERSON',
  'WORKSTATION',
  'PRINTER',
  'SOFTWARE',
  'FILE_SHARE',
  'FACHVERFAHREN',
];
const PAGE_SIZE = 50;

/** A date input's day (local time) as an instant; `nextDay` makes "to" include that whole day. */
function dayStart(value: string, nextDay = false): string | undefined {
  if (!value) return undefined;
  const [y, m, d] = value.split('-').map(Number);
  return new Date(y, m - 1, d + (nextDay ? 1 : 0)).toISOString();
}

/** "Änderungen": the audit trail of one Verwaltung, filterable and exportable as CSV. */
export function AuditListPage() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const client = useApolloClient();
  const { tenantId = '' } = useParams();
  usePageTitle(t('audit.title'));
  const [objectType, setObjectType] = useState<AuditObjectType | null>(null);
  const [accountId, setAccountId] = useState<string | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [page, setPage] = useState(1);
  const [exporting, setExporting] = useState(false);
  const filter = { tenantId, objectType, accountId, from: dayStart(from), to: dayStart(to, true) };
  const { data, previousData, loading, error } = useAuditEntriesQuery({
    variables: { ...filter, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const accounts = useAuditAccountsQuery({ variables: { tenantId } }).data?.auditAccounts ?? [];
  const result = (data ?? previousData)?.auditEntries;
  const filtered =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setPage(1);
    };

  const exportCsv = async () => {
    setExporting(true);
    try {
      const res = await client.query({
        query: AuditEntriesCsvDocument,
        variables: { ...filter, language: i18n.language === 'en' ? 'en' : 'de' },
        fetchPolicy: 'no-cache',
      });
      const csv = res.data?.auditEntriesCsv ?? '';
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `aenderungen-${new Date().toISOString().slice(0, 10)}.csv`;
      link.click();
      URL.revokeObjectURL(url);
    } catch {
      notifyError(t('audit.exportFailed'));
    } finally {
      setExporting(false);
    }
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={1} tabIndex={-1}>
          {t('audit.title')}
        </Title>
        <Button variant="default" onClick={() => void exportCsv()} loading={exporting}>
          {t('audit.export')}
        </Button>
      </Group>
      <Text size="sm">{t('audit.intro')}</Text>
      <Group align="flex-end" gap="md" role="search" aria-label={t('audit.filters')}>
        <Select
          label={t('audit.columns.objectType')}
          data={OBJECT_TYPES.map((v) => ({ value: v, label: t(`audit.objectTypes.${v}`) }))}
          value={objectType}
          onChange={filtered((v: string | null) => setObjectType(v as AuditObjectType | null))}
          clearable
          placeholder={t('audit.all')}
          w={200}
        />
        <Select
          label={t('audit.columns.account')}
          data={accounts.map((a) => ({ value: a.id, label: a.name ?? a.id }))}
          value={accountId}
          onChange={filtered(setAccountId)}
          clearable
          searchable
          placeholder={t('audit.all')}
          w={240}
        />
        <TextInput
          type="date"
          label={t('audit.from')}
          value={from}
          onChange={(e) => filtered(setFrom)(e.currentTarget.value)}
        />
        <TextInput
          type="date"
          label={t('audit.to')}
          value={to}
          onChange={(e) => filtered(setTo)(e.currentTarget.value)}
        />
      </Group>
      {error && <ErrorMessage info={describeError(error)} />}
      <DataTable
        aria-label={t('audit.title')}
        withTableBorder
        minHeight={160}
        records={result?.items ?? []}
        fetching={loading && !result}
        noRecordsText={t('audit.empty')}
        totalRecords={result?.totalCount ?? 0}
        recordsPerPage={PAGE_SIZE}
        page={page}
        onPageChange={setPage}
        columns={[
          { accessor: 'at', title: t('audit.columns.at'), render: (e) => format.dateTime(e.at), noWrap: true },
          {
            accessor: 'accountName',
            title: t('audit.columns.account'),
            render: (e) => e.accountName ?? t('audit.system'),
          },
          {
            accessor: 'objectLabel',
            title: t('audit.columns.object'),
            render: (e) => `${t(`audit.objectTypes.${e.objectType}`)}: ${e.objectLabel ?? '—'}`,
          },
          { accessor: 'action', title: t('audit.columns.action'), render: (e) => t(`audit.actions.${e.action}`) },
          { accessor: 'changes', title: t('audit.columns.changes'), render: (e) => <AuditChanges entry={e} /> },
        ]}
      />
    </Stack>
  );
}
