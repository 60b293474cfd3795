import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../components/error-message';
import {
  useConfirmFilteredPersonsMutation,
  useConfirmPersonsMutation,
  useRejectPersonMutation,
  type ConfirmationState,
} from '../../../generated/graphql';
import { describeError } from '../../../lib/graphql-errors';
import { notifyError, notifySuccess } from '../../../lib/notify';

export interface ConfirmationFilter {
  tenantId: string;
  locationId: string | null;
  department: string | null;
  state: ConfirmationState | null;
  search: string | null;
}

// Lists, progress and the to-do page all change with a decision.
const REFETCH = ['PersonConfirmations', 'ConfirmationProgress', 'OpenRejections'];

/** Confirm one, confirm all shown, reject: each tells the user what happened in plain words. */
export function useConfirmationActions() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [confirmPersons, confirmState] = useConfirmPersonsMutation({
    refetchQueries: REFETCH,
    awaitRefetchQueries: true,
  });
  const [confirmFiltered, filteredState] = useConfirmFilteredPersonsMutation({
    refetchQueries: REFETCH,
    awaitRefetchQueries: true,
  });
  const [rejectPerson, rejectState] = useRejectPersonMutation({ refetchQueries: REFETCH, awaitRefetchQueries: true });

  const run = async (action: () => Promise<unknown>, success: string, failure: string): Promise<boolean> => {
    try {
      await action();
      notifySuccess(success);
      return true;
    } catch (caught) {
      const info = describeError(caught);
      notifyError(info.kind === 'conflict' ? t('confirmations.listChanged') : errorText(info), failure);
      return false;
    }
  };

  return {
    busy: confirmState.loading || filteredState.loading || rejectState.loading,
    confirmOne: (tenantId: string, personId: string, name: string) =>
      run(
        () => confirmPersons({ variables: { tenantId, personIds: [personId] } }),
        t('confirmations.confirmedOne', { name }),
        t('confirmations.notConfirmed'),
      ),
    confirmShown: (filter: ConfirmationFilter, expectedCount: number) =>
      run(
        () => confirmFiltered({ variables: { ...filter, expectedCount } }),
        t('confirmations.confirmedMany', { count: expectedCount }),
        t('confirmations.notConfirmed'),
      ),
    reject: (personId: string, comment: string, name: string) =>
      run(
        () => rejectPerson({ variables: { personId, comment } }),
        t('confirmations.rejectedOne', { name }),
        t('confirmations.notRejected'),
      ),
  };
}
