import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportWizard } from '../hooks/use-import-wizard';
import { FileUpload } from './file-upload';
import { TargetCards } from './target-cards';

/** Step 1: what is imported, and the file. */
export function TargetStep({ wizard }: { wizard: ImportWizard }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <TargetCards value={wizard.target} onChange={wizard.setTarget} />
      <Stack gap="xs">
        <Title order={3}>{t('imports.file.heading')}</Title>
        <FileUpload
          tenantId={wizard.tenantId}
          file={wizard.file}
          disabled={!wizard.target}
          onUploaded={wizard.setFile}
        />
      </Stack>
      <Group justify="flex-end">
        {!wizard.file && wizard.target && (
          <Text size="sm" c="dimmed">
            {t('imports.file.needsFile')}
          </Text>
        )}
        <Button onClick={() => wizard.setStep(1)} disabled={!wizard.file || !wizard.target}>
          {t('imports.next')}
        </Button>
      </Group>
    </Stack>
  );
}
