import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AppErrorInfo } from '../lib/graphql-errors';

/** Plain-language text for a failed request; technical details only for unknown errors. */
export function useErrorText(): (info: AppErrorInfo) => string {
  const { t } = useTranslation();
  return (info) => {
    switch (info.kind) {
      case 'conflict':
        return t('errors.conflict');
      case 'not-found':
        return t('errors.notFound');
      case 'forbidden':
        return t('errors.forbidden');
      case 'network':
        return t('errors.network');
      case 'unique':
        return t('errors.unique');
      case 'invalid':
        return t('errors.invalid');
      case 'unknown':
        return t('errors.unknown', { message: info.message });
    }
  };
}

export function ErrorMessage({ info }: { info: AppErrorInfo }) {
  const { t } = useTranslation();
  const text = useErrorText();
  return (
    <Alert color="red" role="alert" title={t('errors.title')}>
      {text(info)}
    </Alert>
  );
}
