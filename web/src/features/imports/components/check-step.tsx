import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/error-message';
import { describeError } from '../../../lib/graphql-errors';
import type { ImportWizard } from '../hooks/use-import-wizard';
import { useImportLabels } from '../hooks/use-import-labels';
import { DiffTable } from './diff-table';
import { ErrorTable } from './error-table';
import { RunCounts } from './run-counts';
import { RunProgress, toPhase } from './run-progress';

/** Step 3: the dry run: progress, then counts, errors by row and column, and the field changes. */
export function CheckStep({ wizard }: { wizard: ImportWizard }) {
  const { t } = useTranslation();
  const labels = useImportLabels();
  const { run, running, error } = wizard.dryRun;
  const errorRows = run?.counts?.errors ?? 0;
  const finished = !!run && !running;

  return (
    <Stack gap="lg">
      {running && (
        <Stack gap="xs">
          <Text>{t('imports.check.running')}</Text>
          <RunProgress
            phase={toPhase(run?.phase ?? 'PARSE')}
            done={run?.progressDone ?? 0}
            total={run?.progressTotal ?? 0}
          />
        </Stack>
      )}
      {/* Mantine's Alert is role=alert: the outcome is announced once the run has finished. */}
      <div>
        {!!error && <ErrorMessage info={describeError(error)} />}
        {finished && run.failure && (
          <Alert color="red" title={t('imports.check.failedTitle')}>
            {labels.reason(run.failure)}
          </Alert>
        )}
        {finished && !run.failure && errorRows > 0 && (
          <Alert color="red" title={t('imports.check.errorsTitle', { count: errorRows })}>
            <Text>{t('imports.check.errorsText')}</Text>
            <Button mt="sm" onClick={wizard.replaceFile}>
              {t('imports.check.fixButton')}
            </Button>
          </Alert>
        )}
        {wizard.dryRunClean && (
          <Alert color="green" role="status" title={t('imports.check.okTitle')}>
            {t('imports.check.ok')}
          </Alert>
        )}
      </div>
      {finished && run.counts && <RunCounts counts={run.counts} />}
      {finished && run.errors.length > 0 && <ErrorTable errors={run.errors} />}
      {/* "Nothing new" would mislead while rows are rejected: the table only shows what there is. */}
      {finished && wizard.target && run.counts && (run.diffs.length > 0 || errorRows === 0) && (
        <DiffTable target={wizard.target} diffs={run.diffs} />
      )}
      <Group justify="space-between">
        <Group>
          <Button variant="default" onClick={() => wizard.setStep(1)} disabled={running}>
            {t('imports.back')}
          </Button>
          {finished && (
            <Button variant="default" onClick={() => void wizard.startDryRun()}>
              {t('imports.check.again')}
            </Button>
          )}
          {finished && run.failure && (
            <Button variant="default" onClick={wizard.replaceFile}>
              {t('imports.read.chooseAnother')}
            </Button>
          )}
        </Group>
        <Button onClick={() => wizard.setStep(3)} disabled={!wizard.dryRunClean}>
          {t('imports.check.toCommit')}
        </Button>
      </Group>
    </Stack>
  );
}
