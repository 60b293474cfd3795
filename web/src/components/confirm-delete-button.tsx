import { Button, Group, Modal, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { Permission } from '../lib/permissions';
import { usePermissions } from '../lib/session';

interface ConfirmDeleteButtonProps {
  /** What is deleted, e.g. "Drucker DR-RH-01". */
  subject: string;
  onConfirm: () => Promise<void>;
  loading?: boolean;
  /** Who may delete it; the button is hidden for everyone else. */
  permission?: Permission;
}

/** Deleting always asks first, in plain words, and names the object. */
export function ConfirmDeleteButton({
  subject,
  onConfirm,
  loading,
  permission = 'inventory.write',
}: ConfirmDeleteButtonProps) {
  const { t } = useTranslation();
  const { can } = usePermissions();
  const [opened, { open, close }] = useDisclosure(false);
  if (!can(permission)) return null;
  return (
    <>
      <Button color="red" variant="outline" onClick={open}>
        {t('actions.delete')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('confirmDelete.title', { subject })}
        centered
        closeButtonProps={{ 'aria-label': t('actions.closeDialog') }}
      >
        <Text mb="lg">{t('confirmDelete.body', { subject })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('actions.cancel')}
          </Button>
          <Button
            color="red"
            loading={loading}
            onClick={() => {
              void onConfirm().finally(close);
            }}
          >
            {t('confirmDelete.confirm')}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
