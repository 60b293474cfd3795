import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Shown while a page's code is loaded (pages are split by route); announced politely to screen readers. */
export function PageLoading() {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status" aria-live="polite" data-testid="page-loading">
      <Loader aria-label={t('shell.loadingPage')} />
    </Center>
  );
}
