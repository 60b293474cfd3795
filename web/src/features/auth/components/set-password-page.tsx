import { Alert, Button, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { PASSWORD_MIN_LENGTH } from '@schaltplan/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useSetPasswordMutation } from '../../../generated/graphql';
import { describeError, errorExtensions } from '../../../lib/graphql-errors';
import { paths } from '../../../lib/paths';
import { useSession } from '../../../lib/session';
import { usePasswordRules } from '../hooks/use-password-rules';
import { AuthCard } from './auth-card';

/** The token of the one-time link: `#token=…` (preferred, never sent to a server) or `?token=…`. */
function tokenFrom(hash: string, search: string): string {
  const fromHash = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return fromHash ?? new URLSearchParams(search).get('token') ?? '';
}

/** The page behind the one-time link: choose a password (twice), then sign in. */
export function SetPasswordPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const session = useSession();
  const [token] = useState(() => tokenFrom(location.hash, location.search));
  const [failure, setFailure] = useState<string | null>(null);
  const [setPassword, { loading }] = useSetPasswordMutation();
  const rules = usePasswordRules();
  const form = useForm({
    initialValues: { password: '', confirm: '' },
    validate: { password: rules.password, confirm: rules.confirm },
  });

  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    try {
      await setPassword({ variables: { token, password: values.password } });
      // Setting a password ends every session of that account, possibly this browser's.
      await session.refresh();
      void navigate(paths.login(), { replace: true, state: { notice: t('auth.passwordSet') } });
    } catch (error) {
      const info = describeError(error);
      if (errorExtensions(error).code === 'INVALID_TOKEN') setFailure(t('auth.invalidToken'));
      else if (info.kind === 'invalid')
        form.setFieldError('password', rules.serverMessage(info.fields[0]?.message ?? ''));
      else setFailure(info.kind === 'network' ? t('errors.network') : t('errors.unknown', { message: '' }));
    }
  });

  return (
    <AuthCard title={t('auth.setPasswordTitle')}>
      {!token ? (
        <Alert color="red" role="alert">
          {t('auth.invalidToken')}
        </Alert>
      ) : (
        <>
          <Text>{t('auth.setPasswordIntro', { min: PASSWORD_MIN_LENGTH })}</Text>
          {failure && (
            <Alert color="red" role="alert" title={t('errors.title')}>
              {failure}
            </Alert>
          )}
          <form onSubmit={submit} noValidate aria-label={t('auth.setPasswordTitle')}>
            <Stack gap="md">
              <PasswordInput
                label={t('auth.newPassword')}
                description={t('auth.passwordHint', { min: PASSWORD_MIN_LENGTH })}
                autoComplete="new-password"
                required
                visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword') }}
                {...form.getInputProps('password')}
              />
              <PasswordInput
                label={t('auth.confirmPassword')}
                autoComplete="new-password"
                required
                visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword') }}
                {...form.getInputProps('confirm')}
              />
              <Button type="submit" loading={loading} fullWidth>
                {t('auth.setPasswordSubmit')}
              </Button>
            </Stack>
          </form>
        </>
      )}
    </AuthCard>
  );
}
