import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import type { PseudonymisationOutcome } from '../hooks/closure-state';

/** What the pseudonymisation changed, said once right after it (role=status for screen readers). */
export function PseudonymisationSummary({ outcome }: { outcome: PseudonymisationOutcome }) {
  const { t } = useTranslation();
  const { number } = useFormat();
  const otherRows = outcome.tables.reduce((sum, table) => sum + table.rows, 0);
  return (
    <Alert color="green" role="status" title={t('projectClosure.success.title')}>
      <List spacing={4} size="sm">
        <List.Item>
          {t('projectClosure.success.persons', { count: outcome.persons, n: number(outcome.persons) })}
        </List.Item>
        {outcome.formerPersons > 0 && (
          <List.Item>
            {t('projectClosure.success.formerPersons', {
              count: outcome.formerPersons,
              n: number(outcome.formerPersons),
            })}
          </List.Item>
        )}
        <List.Item>
          {t('projectClosure.success.auditEntries', { count: outcome.auditEntries, n: number(outcome.auditEntries) })}
        </List.Item>
        <List.Item>{t('projectClosure.success.otherRows', { count: otherRows, n: number(otherRows) })}</List.Item>
        <List.Item>
          {t('projectClosure.success.importFiles', {
            count: outcome.importFilesDeleted,
            n: number(outcome.importFilesDeleted),
          })}
        </List.Item>
      </List>
    </Alert>
  );
}
