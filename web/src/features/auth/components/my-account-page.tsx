import { Alert, Button, Group, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { PASSWORD_MIN_LENGTH } from '@schaltplan/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DetailFields } from '../../../components/detail-fields';
import { PageHeader } from '../../../components/page-header';
import { QueryState } from '../../../components/query-state';
import { useChangeOwnPasswordMutation, useMyAccountQuery } from '../../../generated/graphql';
import { useFormat } from '../../../lib/format';
import { describeError, errorExtensions } from '../../../lib/graphql-errors';
import { notifySuccess } from '../../../lib/notify';
import { usePageTitle } from '../../../lib/use-page-title';
import { usePasswordRules } from '../hooks/use-password-rules';

function ChangePasswordForm() {
  const { t } = useTranslation();
  const rules = usePasswordRules();
  const [change, { loading }] = useChangeOwnPasswordMutation();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    initialValues: { currentPassword: '', password: '', confirm: '' },
    validate: {
      currentPassword: (value) => (value ? null : t('validation.required')),
      password: rules.password,
      confirm: rules.confirm,
    },
  });

  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    try {
      await change({ variables: { currentPassword: values.currentPassword, newPassword: values.password } });
      form.reset();
      notifySuccess(t('myAccount.passwordChanged'));
    } catch (error) {
      const info = describeError(error);
      if (errorExtensions(error).code === 'LOGIN_THROTTLED') {
        setFailure(t('auth.throttled', { count: Number(errorExtensions(error).retryAfterMinutes) || 15 }));
      } else if (info.kind === 'invalid' && info.fields.length > 0) {
        for (const problem of info.fields) {
          if (problem.field.endsWith('currentPassword'))
            form.setFieldError('currentPassword', t('myAccount.currentWrong'));
          else form.setFieldError('password', rules.serverMessage(problem.message));
        }
      } else {
        setFailure(info.kind === 'network' ? t('errors.network') : t('errors.unknown', { message: '' }));
      }
    }
  });

  return (
    <Paper withBorder p="lg" maw={560} component="section" aria-labelledby="change-password-heading">
      <form onSubmit={submit} noValidate aria-labelledby="change-password-heading">
        <Stack gap="md">
          <Title order={2} size="h3" id="change-password-heading">
            {t('myAccount.changePassword')}
          </Title>
          <Text size="sm">{t('myAccount.changePasswordIntro')}</Text>
          {failure && (
            <Alert color="red" role="alert" title={t('errors.title')}>
              {failure}
            </Alert>
          )}
          <PasswordInput
            label={t('myAccount.currentPassword')}
            autoComplete="current-password"
            required
            visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword') }}
            {...form.getInputProps('currentPassword')}
          />
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
          <Group justify="flex-end">
            <Button type="submit" loading={loading}>
              {t('myAccount.changePasswordSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** "Mein Konto": who I am, what I may see, and my own password. */
export function MyAccountPage() {
  const { t } = useTranslation();
  const format = useFormat();
  usePageTitle(t('myAccount.title'));
  const { data, loading, error } = useMyAccountQuery({ fetchPolicy: 'network-only' });
  return (
    <Stack gap="lg">
      <PageHeader title={t('myAccount.title')} />
      <QueryState loading={loading} error={error} data={data?.me}>
        {(me) => (
          <Paper withBorder p="lg" component="section" aria-labelledby="my-account-facts">
            <Title order={2} size="h3" mb="sm" id="my-account-facts">
              {t('myAccount.facts')}
            </Title>
            <DetailFields
              fields={[
                { label: t('accounts.fields.displayName'), value: me.displayName },
                { label: t('accounts.fields.email'), value: me.email },
                { label: t('accounts.fields.role'), value: t(`roles.${me.role}`) },
                ...(me.role === 'ADMIN'
                  ? [{ label: t('accounts.fields.tenants'), value: t('accounts.allTenants') }]
                  : me.role === 'TECHNICIAN'
                    ? [{ label: t('accounts.fields.locations'), value: me.locations.map((l) => l.name).join(', ') }]
                    : [{ label: t('accounts.fields.tenants'), value: me.tenants.map((v) => v.name).join(', ') }]),
                { label: t('accounts.fields.lastLoginAt'), value: format.dateTime(me.lastLoginAt) },
              ]}
            />
          </Paper>
        )}
      </QueryState>
      <ChangePasswordForm />
    </Stack>
  );
}
