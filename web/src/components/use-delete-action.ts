import { useApolloClient } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { describeError } from '../lib/graphql-errors';
import { notifyError, notifySuccess } from '../lib/notify';
import { useErrorText } from './error-message';

interface DeleteAction {
  /** Sends the delete mutation (with the version that was read). */
  run: () => Promise<unknown>;
  typename: string;
  id: string;
  successText: string;
  leaveTo: string;
}

/** Delete, drop the object from the cache (lists and counts refetch), say so, and leave the page. */
export function useDeleteAction(): (action: DeleteAction) => Promise<void> {
  const { t } = useTranslation();
  const client = useApolloClient();
  const navigate = useNavigate();
  const errorText = useErrorText();
  return async ({ run, typename, id, successText, leaveTo }) => {
    try {
      await run();
      client.cache.evict({ id: client.cache.identify({ __typename: typename, id }) });
      client.cache.gc();
      notifySuccess(successText);
      void navigate(leaveTo);
    } catch (caught) {
      notifyError(errorText(describeError(caught)), t('errors.notDeleted'));
    }
  };
}
