import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Shown while a page's code is loaded (pages are split by route); announced politely to screen readers. */
export function PageLoading() {
  const { t } = useTranslation();
  return (
    <Center py="xl" data-testid="page-loading">
      {/* role="status": a live region (polite), and a role that may carry a name (a bare span may not). */}
      <Loader role="status" aria-label={t('shell.loadingPage')} />
    </Center>
  );
}
