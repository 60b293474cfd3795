import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useChangeHistoryQuery, type AuditObjectType } from '../generated/graphql';
import { useFormat } from '../lib/format';
import { describeError } from '../lib/graphql-errors';
import { AuditChanges } from './audit-changes';
import { ErrorMessage } from './error-message';

const SHOWN = 50;

interface ChangeHistoryProps {
  objectType: AuditObjectType;
  objectId: string;
}

/** "Änderungsverlauf" of one object on its detail page: who changed what, and when (newest first). */
export function ChangeHistory({ objectType, objectId }: ChangeHistoryProps) {
  const { t } = useTranslation();
  const format = useFormat();
  // Always fresh: the page's own edits must show up when the user returns to it.
  const { data, error, loading } = useChangeHistoryQuery({
    variables: { objectId, limit: SHOWN },
    fetchPolicy: 'cache-and-network',
  });
  const page = data?.auditHistory;
  const headingId = `change-history-${objectId}`;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={headingId}>
          {t('audit.history')}
        </Title>
        {error && <ErrorMessage info={describeError(error)} />}
        {!page && loading && <Text c="dimmed">{t('audit.loading')}</Text>}
        {page && page.items.length === 0 && <Text c="dimmed">{t('audit.empty')}</Text>}
        {page && page.items.length > 0 && (
          <Table.ScrollContainer minWidth={600}>
            <Table verticalSpacing="xs" aria-labelledby={headingId}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('audit.columns.at')}</Table.Th>
                  <Table.Th>{t('audit.columns.account')}</Table.Th>
                  <Table.Th>{t('audit.columns.action')}</Table.Th>
                  <Table.Th>{t('audit.columns.changes')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {page.items.map((e) => (
                  <Table.Tr key={e.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(e.at)}</Table.Td>
                    <Table.Td>{e.accountName ?? t('audit.system')}</Table.Td>
                    <Table.Td>
                      {t(`audit.actions.${e.action}`)}
                      {e.objectType !== objectType && ` (${t(`audit.objectTypes.${e.objectType}`)})`}
                    </Table.Td>
                    <Table.Td>
                      <AuditChanges entry={e} viewpointId={objectId} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {page && page.totalCount > page.items.length && (
          <Text size="sm" c="dimmed">
            {t('audit.more', { shown: page.items.length, total: page.totalCount })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
