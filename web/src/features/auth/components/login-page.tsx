import { Alert, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useLoginMutation } from '../../../generated/graphql';
import { describeError, errorExtensions } from '../../../lib/graphql-errors';
import { safeReturnPath } from '../../../lib/paths';
import { useSession } from '../../../lib/session';
import { createRules } from '../../../lib/validation';
import { AuthCard } from './auth-card';

interface LoginNotice {
  /** Shown above the form, e.g. after a password was set. */
  notice?: string;
}

/** Tells the start page that the account has just signed in (technicians then go to their day). */
const AFTER_LOGIN = { afterLogin: true };

/** Sign in with e-mail and password; afterwards back to the page the user wanted. */
export function LoginPage() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [searchParams] = useSearchParams();
  const returnTo = safeReturnPath(searchParams.get('weiter'));
  const notice = (location.state as LoginNotice | null)?.notice;
  const [login, { loading }] = useLoginMutation();
  const [failure, setFailure] = useState<string | null>(null);
  const failureRef = useRef<HTMLDivElement>(null);
  const rules = createRules(t);
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: { email: rules.all(rules.required, rules.email), password: rules.required },
  });

  if (session.account) return <Navigate to={returnTo} replace state={AFTER_LOGIN} />;

  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    try {
      await login({ variables: { email: values.email.trim(), password: values.password } });
      await session.refresh();
      void navigate(returnTo, { replace: true, state: AFTER_LOGIN });
    } catch (error) {
      const code = errorExtensions(error).code;
      const minutes = Number(errorExtensions(error).retryAfterMinutes) || 15;
      if (code === 'LOGIN_THROTTLED') setFailure(t('auth.throttled', { count: minutes }));
      else if (code === 'LOGIN_FAILED') setFailure(t('auth.loginFailed'));
      else setFailure(describeError(error).kind === 'network' ? t('errors.network') : t('auth.loginFailed'));
      form.setFieldValue('password', '');
      window.setTimeout(() => failureRef.current?.focus(), 0);
    }
  });

  return (
    <AuthCard title={t('auth.loginTitle')}>
      <Text>{t('auth.loginIntro')}</Text>
      {session.expired && !notice && (
        <Alert color="blue" role="status">
          {t('auth.sessionExpired')}
        </Alert>
      )}
      {notice && (
        <Alert color="green" role="status">
          {notice}
        </Alert>
      )}
      {failure && (
        <Alert color="red" role="alert" title={t('auth.loginFailedTitle')} ref={failureRef} tabIndex={-1}>
          {failure}
        </Alert>
      )}
      <form onSubmit={submit} noValidate aria-label={t('auth.loginTitle')}>
        <Stack gap="md">
          <TextInput
            label={t('auth.email')}
            type="email"
            autoComplete="username"
            required
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label={t('auth.password')}
            autoComplete="current-password"
            required
            visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword') }}
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={loading} fullWidth>
            {t('auth.signIn')}
          </Button>
          <Text size="sm">{t('auth.forgotPassword')}</Text>
        </Stack>
      </form>
    </AuthCard>
  );
}
