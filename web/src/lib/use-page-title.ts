import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Every route names itself in the browser tab and for screen readers (WCAG 2.4.2). */
export function usePageTitle(title: string | undefined, skip = false): void {
  const { t } = useTranslation();
  useEffect(() => {
    if (skip) return;
    document.title = title ? t('shell.pageTitle', { title }) : t('shell.appName');
  }, [title, skip, t]);
}
