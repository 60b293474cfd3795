import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import type { ImportTarget } from '@schaltplan/domain';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/error-message';
import { describeError } from '../../../lib/graphql-errors';
import { Link } from 'react-router';
import { paths, type InventoryObject } from '../../../lib/paths';
import type { ImportWizard } from '../hooks/use-import-wizard';
import { useImportLabels } from '../hooks/use-import-labels';
import { RunCounts } from './run-counts';
import { RunProgress, toPhase } from './run-progress';

/** Where the imported records are listed afterwards. */
const LIST_OF: Record<ImportTarget, InventoryObject> = {
  LOCATIONS: 'locations',
  PERSONS: 'persons',
  WORKSTATIONS: 'workstations',
  PRINTERS: 'printers',
  PERSON_PRINTERS: 'persons',
  SOFTWARE: 'software',
  FILE_SHARES: 'fileShares',
  FACHVERFAHREN: 'fachverfahren',
};

/** Step 4: the commit (only after a clean dry run), its progress and outcome. */
export function CommitStep({ wizard }: { wizard: ImportWizard }) {
  const { t } = useTranslation();
  const labels = useImportLabels();
  const { run, running, error } = wizard.commit;
  const counts = wizard.dryRun.run?.counts;
  const finished = !!run && !running;
  const succeeded = finished && run.status === 'SUCCEEDED';
  if (!wizard.target) return null;
  const list = LIST_OF[wizard.target];

  return (
    <Stack gap="lg">
      {!run && !running && counts && (
        <Stack gap="xs">
          <Text>
            {t('imports.commit.summary', {
              created: counts.created,
              changed: counts.changed,
              unchanged: counts.unchanged,
            })}
          </Text>
          {wizard.markMissing && <Text>{t('imports.commit.markMissing', { count: counts.missing })}</Text>}
          <Text>{t('imports.commit.allOrNothing')}</Text>
        </Stack>
      )}
      {!wizard.dryRunClean && (
        <Alert color="yellow" role="status">
          {t('imports.commit.needsCheck')}
        </Alert>
      )}
      {running && (
        <Stack gap="xs">
          <Text>{t('imports.commit.running')}</Text>
          <RunProgress
            phase={toPhase(run?.phase ?? 'PARSE')}
            done={run?.progressDone ?? 0}
            total={run?.progressTotal ?? 0}
          />
        </Stack>
      )}
      <div>
        {!!error && <ErrorMessage info={describeError(error)} />}
        {finished && !succeeded && (
          <Alert color="red" title={t('imports.commit.failedTitle')}>
            {run.failure ? labels.reason(run.failure) : t('imports.check.requestFailed')}
          </Alert>
        )}
        {succeeded && (
          <Alert color="green" role="status" title={t('imports.commit.successTitle')}>
            {t('imports.commit.success')}
          </Alert>
        )}
      </div>
      {succeeded && run.counts && <RunCounts counts={run.counts} withMarked={run.markMissing} />}
      <Group justify="space-between">
        {succeeded ? (
          <Button variant="default" onClick={wizard.restart}>
            {t('imports.commit.newImport')}
          </Button>
        ) : (
          <Button variant="default" onClick={() => wizard.setStep(2)} disabled={running}>
            {t('imports.back')}
          </Button>
        )}
        {succeeded ? (
          <Button component={Link} to={paths.list(wizard.tenantId, list)}>
            {t('imports.commit.openList', { list: t(`counts.${list}`) })}
          </Button>
        ) : (
          <Button
            onClick={() => void wizard.startCommit()}
            disabled={!wizard.dryRunClean || running || !!run}
            loading={running}
          >
            {t('imports.commit.button')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
