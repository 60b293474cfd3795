import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { LIMITS } from '@schaltplan/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface RejectModalProps {
  /** The person to reject; null: closed. */
  person: { personId: string; displayName: string } | null;
  busy: boolean;
  onClose: () => void;
  onReject: (comment: string) => Promise<boolean>;
}

/** "Ablehnen" needs a comment: it becomes the project manager's task. */
export function RejectModal({ person, busy, onClose, onReject }: RejectModalProps) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setComment('');
    setError(null);
    onClose();
  };
  const submit = async () => {
    if (!comment.trim()) {
      setError(t('confirmations.commentRequired'));
      return;
    }
    if (await onReject(comment.trim())) close();
  };
  return (
    <Modal
      opened={person !== null}
      onClose={close}
      title={t('confirmations.rejectTitle', { name: person?.displayName })}
      closeButtonProps={{ 'aria-label': t('actions.closeDialog') }}
    >
      <Stack gap="md">
        <Text size="sm">{t('confirmations.rejectHint')}</Text>
        <Textarea
          label={t('confirmations.comment')}
          required
          autosize
          minRows={3}
          maxLength={LIMITS.longText}
          value={comment}
          error={error}
          onChange={(event) => {
            setComment(event.currentTarget.value);
            setError(null);
          }}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('actions.cancel')}
          </Button>
          <Button color="red.9" loading={busy} onClick={() => void submit()}>
            {t('confirmations.reject')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
