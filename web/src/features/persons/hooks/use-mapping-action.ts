import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../components/error-message';
import { describeError } from '../../../lib/graphql-errors';
import { notifyError, notifySuccess } from '../../../lib/notify';

/** Runs an assign/unassign mutation and tells the user what happened, in plain words. */
export function useMappingAction() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  return async (run: () => Promise<unknown>, successText: string): Promise<boolean> => {
    try {
      await run();
      notifySuccess(successText);
      return true;
    } catch (caught) {
      const info = describeError(caught);
      const text = info.kind === 'unique' ? t('mappings.alreadyAssigned') : errorText(info);
      notifyError(text, t('errors.notAssigned'));
      return false;
    }
  };
}
