import { Loader, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useTestRunHistoryQuery } from '../../../generated/graphql';
import { useFormat } from '../../../lib/format';
import { TestResultBadge } from './test-state-badge';

/** Every run of one Fachverfahren (or the standard workplace), newest first: only the first counts. */
export function TestRunHistory({ tenantId, fachverfahrenId }: { tenantId: string; fachverfahrenId: string | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, loading } = useTestRunHistoryQuery({
    variables: { tenantId, fachverfahrenId, standardWorkplace: fachverfahrenId ? null : true },
    fetchPolicy: 'cache-and-network',
  });
  const runs = data?.testRuns.items ?? [];
  if (loading && !data) return <Loader size="sm" role="status" aria-label={t('list.loading')} />;
  if (runs.length === 0) return <Text c="dimmed">{t('testRuns.noRuns')}</Text>;
  return (
    <Table striped aria-label={t('testRuns.history')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('testRuns.fields.testedOn')}</Table.Th>
          <Table.Th>{t('testRuns.fields.tester')}</Table.Th>
          <Table.Th>{t('testRuns.fields.result')}</Table.Th>
          <Table.Th>{t('testRuns.fields.findings')}</Table.Th>
          <Table.Th>{t('testRuns.fields.signedOff')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {runs.map((run) => (
          <Table.Tr key={run.id}>
            <Table.Td>{format.day(run.testedOn)}</Table.Td>
            <Table.Td>{run.tester}</Table.Td>
            <Table.Td>
              <TestResultBadge result={run.result} />
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{run.findings ?? '–'}</Table.Td>
            <Table.Td>
              {run.signedOffAt
                ? t('testRuns.signedOffBy', { name: run.signedOffByName ?? '–', at: format.dateTime(run.signedOffAt) })
                : '–'}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
