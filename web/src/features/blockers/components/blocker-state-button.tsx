import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../components/error-message';
import {
  useCloseBlockerMutation,
  useReopenBlockerMutation,
  type BlockerFieldsFragment,
} from '../../../generated/graphql';
import { describeError } from '../../../lib/graphql-errors';
import { notifyError, notifySuccess } from '../../../lib/notify';

/** "Erledigt" for an open blocker, "Wieder öffnen" for a closed one. */
export function BlockerStateButton({
  blocker,
  onChanged,
}: {
  blocker: BlockerFieldsFragment;
  onChanged: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [close, closing] = useCloseBlockerMutation();
  const [reopen, reopening] = useReopenBlockerMutation();
  const variables = { id: blocker.id, version: blocker.version };

  const run = async () => {
    try {
      if (blocker.open) await close({ variables });
      else await reopen({ variables });
      notifySuccess(t(blocker.open ? 'blockers.closed' : 'blockers.reopened', { title: blocker.title }));
      await onChanged();
    } catch (error) {
      notifyError(errorText(describeError(error)), t('errors.notSaved'));
    }
  };

  return (
    <Button
      size="xs"
      variant={blocker.open ? 'filled' : 'default'}
      loading={closing.loading || reopening.loading}
      aria-label={t(blocker.open ? 'blockers.closeFor' : 'blockers.reopenFor', { title: blocker.title })}
      onClick={() => void run()}
    >
      {blocker.open ? t('blockers.close') : t('blockers.reopen')}
    </Button>
  );
}
