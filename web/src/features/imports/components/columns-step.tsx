import { Alert, Button, Checkbox, Group, Loader, Stack, Text } from '@mantine/core';
import { IMPORT_SPECS } from '@schaltplan/domain';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/error-message';
import { describeError } from '../../../lib/graphql-errors';
import { useImportLabels } from '../hooks/use-import-labels';
import type { ImportWizard } from '../hooks/use-import-wizard';
import { hasLocationField } from '../mapping';
import { DefaultLocationSelect } from './default-location-select';
import { MappingTable } from './mapping-table';
import { PresetControls } from './preset-controls';
import { PreviewTable } from './preview-table';
import { ReadSettings } from './read-settings';

/** Step 2: how the file was read (changeable), a preview, and which column goes where. */
export function ColumnsStep({ wizard }: { wizard: ImportWizard }) {
  const { t } = useTranslation();
  const labels = useImportLabels();
  const { analysis, target } = wizard;
  if (!target) return null;
  if (wizard.analysisError) return <ErrorMessage info={describeError(wizard.analysisError)} />;
  if (!analysis) return <Loader role="status" aria-label={t('imports.read.loading')} />;

  if (analysis.problem) {
    return (
      <Stack gap="md">
        <Alert color="red" role="alert" title={t('imports.read.problemTitle')}>
          <Text>{labels.reason({ message: analysis.problem, messageEn: analysis.problemEn ?? analysis.problem })}</Text>
          <Text mt="xs">{t('imports.read.problemHint')}</Text>
        </Alert>
        <Group>
          <Button onClick={wizard.replaceFile}>{t('imports.read.chooseAnother')}</Button>
        </Group>
      </Stack>
    );
  }

  const suggested = analysis.suggestedTarget;
  const locationMapped = wizard.mapping.includes('location');
  const needsLocation = IMPORT_SPECS[target].mustMap.includes('location') && !locationMapped;
  const markable = IMPORT_SPECS[target].markable;

  return (
    <Stack gap="xl">
      {suggested && suggested !== target && (
        <Alert color="yellow" role="status" title={t('imports.targetMismatch.title')}>
          <Text size="sm">
            {t('imports.targetMismatch.text', { suggested: labels.target(suggested), chosen: labels.target(target) })}
          </Text>
          <Button mt="xs" variant="default" onClick={() => wizard.setTarget(suggested)}>
            {t('imports.targetMismatch.switch', { suggested: labels.target(suggested) })}
          </Button>
        </Alert>
      )}
      <ReadSettings analysis={analysis} read={wizard.read} onChange={wizard.setRead} />
      <PreviewTable headers={analysis.headers} rows={analysis.sampleRows} rowNumbers={analysis.sampleRowNumbers} />
      <MappingTable
        target={target}
        headers={analysis.headers}
        sample={analysis.sampleRows[0]}
        mapping={wizard.mapping}
        onChange={wizard.chooseField}
      />
      {hasLocationField(target) && (
        <DefaultLocationSelect
          tenantId={wizard.tenantId}
          value={wizard.defaultLocation}
          onChange={wizard.setDefaultLocation}
          needed={needsLocation}
        />
      )}
      {markable && (
        <Checkbox
          label={t('imports.markMissing.label')}
          description={t('imports.markMissing.hint')}
          checked={wizard.markMissing}
          onChange={(e) => wizard.setMarkMissing(e.currentTarget.checked)}
        />
      )}
      <PresetControls
        tenantId={wizard.tenantId}
        target={target}
        headers={analysis.headers}
        mapping={wizard.mapping}
        onApply={wizard.applyChoices}
      />
      <div>
        {wizard.missing.length > 0 && (
          <Alert color="yellow" role="status" title={t('imports.mapping.missingTitle')}>
            {t('imports.mapping.missing', { fields: wizard.missing.map((f) => labels.field(target, f)).join(', ') })}
            {wizard.missing.includes('location') && ` ${t('imports.mapping.missingLocation')}`}
          </Alert>
        )}
      </div>
      <Group justify="space-between">
        <Button variant="default" onClick={() => wizard.setStep(0)}>
          {t('imports.back')}
        </Button>
        <Button
          onClick={() => void wizard.startDryRun()}
          disabled={wizard.missing.length > 0 || wizard.analysisLoading}
        >
          {t('imports.check.start')}
        </Button>
      </Group>
    </Stack>
  );
}
