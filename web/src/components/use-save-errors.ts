import type { UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, formFieldName } from '../lib/graphql-errors';
import { notifyError } from '../lib/notify';
import { useErrorText } from './error-message';

/**
 * Maps a failed save onto the form: field problems and unique clashes land on their input,
 * a stale version switches on the conflict banner, everything else becomes a notification.
 */
export function useSaveErrors<V extends Record<string, unknown>>(form: UseFormReturnType<V>) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [conflict, setConflict] = useState(false);

  const hasField = (name: string) => Object.prototype.hasOwnProperty.call(form.values, name);

  const handle = (error: unknown) => {
    const info = describeError(error);
    if (info.kind === 'conflict') {
      setConflict(true);
      return;
    }
    if (info.kind === 'unique' && info.field && hasField(formFieldName(info.field))) {
      form.setFieldError(formFieldName(info.field), t('errors.uniqueField'));
      notifyError(t('errors.uniqueField'), t('errors.notSaved'));
      return;
    }
    if (info.kind === 'invalid') {
      const known = info.fields.filter((problem) => hasField(formFieldName(problem.field)));
      for (const problem of known) {
        form.setFieldError(formFieldName(problem.field), t('errors.serverRejected', { message: problem.message }));
      }
      if (known.length === info.fields.length && known.length > 0) {
        notifyError(t('errors.invalid'), t('errors.notSaved'));
        return;
      }
    }
    notifyError(errorText(info), t('errors.notSaved'));
  };

  return { conflict, clearConflict: () => setConflict(false), handle };
}
