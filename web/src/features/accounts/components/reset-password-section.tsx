import { Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../components/error-message';
import { useResetPasswordMutation, type AccountFieldsFragment } from '../../../generated/graphql';
import { describeError } from '../../../lib/graphql-errors';
import { notifyError } from '../../../lib/notify';
import type { SetPasswordToken } from './set-password-link';

/** The admin's "new set-password link" for an existing account, behind a confirmation dialog. */
export function ResetPasswordSection({
  account,
  onReset,
}: {
  account: AccountFieldsFragment;
  onReset: (token: SetPasswordToken) => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [opened, { open, close }] = useDisclosure(false);
  const [reset, { loading }] = useResetPasswordMutation();
  const run = async () => {
    try {
      const result = await reset({ variables: { id: account.id } });
      if (result.data) onReset(result.data.resetPassword);
    } catch (error) {
      notifyError(errorText(describeError(error)), t('errors.notSaved'));
    } finally {
      close();
    }
  };
  return (
    <Paper withBorder p="lg" maw={900} mt="lg" component="section" aria-labelledby="reset-password-heading">
      <Stack gap="sm" align="flex-start">
        <Title order={2} size="h3" id="reset-password-heading">
          {t('accounts.reset.title')}
        </Title>
        <Text size="sm">{t('accounts.reset.intro')}</Text>
        <Button variant="outline" color="red.9" onClick={open}>
          {t('accounts.reset.button')}
        </Button>
      </Stack>
      <Modal
        opened={opened}
        onClose={close}
        title={t('accounts.reset.confirmTitle', { name: account.displayName })}
        centered
        closeButtonProps={{ 'aria-label': t('actions.closeDialog') }}
      >
        <Text mb="lg">{t('accounts.reset.confirmBody')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('actions.cancel')}
          </Button>
          <Button color="red.9" loading={loading} onClick={() => void run()}>
            {t('accounts.reset.button')}
          </Button>
        </Group>
      </Modal>
    </Paper>
  );
}
