import { Alert, Button, Group, Paper, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { QueryState } from '../../../components/query-state';
import { useTestStatusQuery } from '../../../generated/graphql';
import { useFormat } from '../../../lib/format';
import { usePermissions } from '../../../lib/session';
import { STANDARD_WORKPLACE } from '../hooks/use-record-test-run-form';
import { RecordTestRunModal } from './record-test-run-modal';
import { SignOffButton } from './sign-off-button';
import { TestRunHistory } from './test-run-history';
import { TestResultBadge, TestStateBadge } from './test-state-badge';

/** "Testläufe": where each Fachverfahren and the standard workplace stands; the latest run counts. */
export function TestRunsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { can } = usePermissions();
  const { tenantId = '' } = useParams();
  const { data, loading, error, refetch } = useTestStatusQuery({
    variables: { tenantId },
    fetchPolicy: 'cache-and-network',
  });
  const [recording, setRecording] = useState<string | null>(null);
  const [expanded, setExpanded] = useState<string | null>(null);
  const rows = data?.testStatus ?? [];
  const keyOf = (id: string | null) => id ?? STANDARD_WORKPLACE;
  const nameOf = (name: string | null) => name ?? t('testRuns.standardWorkplace');
  const subjects = rows.map((r) => ({ value: keyOf(r.fachverfahrenId), label: nameOf(r.fachverfahrenName) }));
  const reload = () => refetch();

  return (
    <Stack gap="md">
      <PageHeader
        title={t('testRuns.title')}
        subtitle={t('testRuns.subtitle')}
        actions={
          can('testruns.write') && (
            <Button onClick={() => setRecording(STANDARD_WORKPLACE)} disabled={rows.length === 0}>
              {t('testRuns.record')}
            </Button>
          )
        }
      />
      <QueryState loading={loading} error={error} data={data?.testStatus}>
        {() => (
          <Paper withBorder>
            <Table.ScrollContainer minWidth={760}>
              <Table verticalSpacing="sm" aria-label={t('testRuns.title')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('testRuns.fields.subject')}</Table.Th>
                    <Table.Th>{t('testRuns.fields.state')}</Table.Th>
                    <Table.Th>{t('testRuns.fields.latestRun')}</Table.Th>
                    <Table.Th>{t('testRuns.fields.signedOff')}</Table.Th>
                    <Table.Th>
                      <VisuallyHidden>{t('testRuns.actions')}</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((row) => {
                    const key = keyOf(row.fachverfahrenId);
                    const name = nameOf(row.fachverfahrenName);
                    const run = row.latestRun;
                    const open = expanded === key;
                    return (
                      <Fragment key={key}>
                        <Table.Tr>
                          <Table.Td fw={row.fachverfahrenId ? undefined : 700}>{name}</Table.Td>
                          <Table.Td>
                            <TestStateBadge state={row.state} />
                          </Table.Td>
                          <Table.Td>
                            {run ? (
                              <Group gap="xs">
                                <TestResultBadge result={run.result} />
                                <Text size="sm">
                                  {t('testRuns.runLine', { date: format.day(run.testedOn), tester: run.tester })}
                                </Text>
                              </Group>
                            ) : (
                              '–'
                            )}
                          </Table.Td>
                          <Table.Td>
                            {run?.signedOffAt
                              ? t('testRuns.signedOffBy', {
                                  name: run.signedOffByName ?? '–',
                                  at: format.dateTime(run.signedOffAt),
                                })
                              : '–'}
                          </Table.Td>
                          <Table.Td>
                            <Group gap="xs" justify="flex-end" wrap="nowrap">
                              {run && <SignOffButton run={run} subject={name} onSignedOff={reload} />}
                              {can('testruns.write') && (
                                <Button
                                  size="xs"
                                  variant="default"
                                  onClick={() => setRecording(key)}
                                  aria-label={t('testRuns.recordFor', { subject: name })}
                                >
                                  {t('testRuns.recordShort')}
                                </Button>
                              )}
                              <Button
                                size="xs"
                                variant="default"
                                aria-expanded={open}
                                aria-label={t(open ? 'testRuns.hideHistoryFor' : 'testRuns.historyFor', {
                                  subject: name,
                                })}
                                onClick={() => setExpanded(open ? null : key)}
                              >
                                {open ? t('testRuns.hideHistory') : t('testRuns.history')}
                              </Button>
                            </Group>
                          </Table.Td>
                        </Table.Tr>
                        {open && (
                          <Table.Tr>
                            <Table.Td colSpan={5}>
                              <TestRunHistory tenantId={tenantId} fachverfahrenId={row.fachverfahrenId} />
                            </Table.Td>
                          </Table.Tr>
                        )}
                      </Fragment>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {rows.length === 1 && (
              <Alert m="md" color="gray" variant="light">
                {t('testRuns.noFachverfahren')}
              </Alert>
            )}
          </Paper>
        )}
      </QueryState>
      {recording && (
        <RecordTestRunModal
          tenantId={tenantId}
          subjects={subjects}
          subject={recording}
          onClose={() => setRecording(null)}
          onRecorded={reload}
        />
      )}
    </Stack>
  );
}
