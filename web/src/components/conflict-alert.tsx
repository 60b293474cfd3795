import { Alert, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Shown when someone else saved the same record first: nothing is overwritten silently. */
export function ConflictAlert({ onReload }: { onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" role="alert" title={t('errors.conflictTitle')} mb="md">
      {t('errors.conflict')}
      <div>
        <Button mt="sm" variant="filled" color="orange.9" onClick={onReload}>
          {t('actions.reload')}
        </Button>
      </div>
    </Alert>
  );
}
