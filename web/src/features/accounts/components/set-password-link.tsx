import { Alert, Button, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import { paths } from '../../../lib/paths';

export interface SetPasswordToken {
  token: string;
  expiresAt: string;
}

/** The one-time set-password link for the admin to pass on: there is no mail server. */
export function SetPasswordLink({ token, accountName }: { token: SetPasswordToken; accountName: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const link = `${window.location.origin}${paths.setPassword(token.token)}`;
  return (
    <Alert color="blue" variant="light" role="status" title={t('accounts.link.title', { name: accountName })}>
      <Stack gap="sm">
        <Text size="sm">{t('accounts.link.noMail')}</Text>
        <Group align="flex-end" gap="sm" wrap="nowrap">
          <TextInput
            label={t('accounts.link.label')}
            value={link}
            readOnly
            onFocus={(event) => event.currentTarget.select()}
            style={{ flex: 1 }}
          />
          <CopyButton value={link}>
            {({ copied, copy }) => (
              <Button onClick={copy} color={copied ? 'green.9' : undefined} aria-live="polite">
                {copied ? t('accounts.link.copied') : t('accounts.link.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Text size="sm">{t('accounts.link.validUntil', { date: format.dateTime(token.expiresAt) })}</Text>
      </Stack>
    </Alert>
  );
}
