import { Alert, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
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

type Field = 'email' | 'password';
type Values = Record<Field, string>;
type Errors = Partial<Record<Field, string>>;

/**
 * The two fields with their checks on submit; an error goes when its field is edited. Plain state
 * rather than `@mantine/form`, whose code would otherwise be part of the first page everyone loads.
 */
function useLoginForm() {
  const { t } = useTranslation();
  const [values, setValues] = useState<Values>({ email: '', password: '' });
  const [errors, setErrors] = useState<Errors>({});
  const rules = createRules(t);
  const validate = (v: Values): Errors => {
    const found: Errors = {};
    const email = rules.all(rules.required, rules.email)(v.email);
    if (email) found.email = email;
    const password = rules.required(v.password);
    if (password) found.password = password;
    return found;
  };
  return {
    inputProps: (field: Field) => ({
      value: values[field],
      error: errors[field],
      onChange: (event: { currentTarget: { value: string } }) => {
        const value = event.currentTarget.value;
        setValues((current) => ({ ...current, [field]: value }));
        setErrors((current) => ({ ...current, [field]: undefined }));
      },
    }),
    clearPassword: () => setValues((current) => ({ ...current, password: '' })),
    onSubmit: (handler: (values: Values) => Promise<void>) => (event: FormEvent) => {
      event.preventDefault();
      const found = validate(values);
      setErrors(found);
      if (Object.keys(found).length === 0) void handler(values);
    },
  };
}

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
  const form = useLoginForm();

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
      form.clearPassword();
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
            {...form.inputProps('email')}
          />
          <PasswordInput
            label={t('auth.password')}
            autoComplete="current-password"
            required
            visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword') }}
            {...form.inputProps('password')}
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
