import { Box, Button, Group, Modal, MultiSelect, Select, SimpleGrid, Switch, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { ROLES } from '@schaltplan/domain';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import { FormPage } from '../../../components/form-page';
import { QueryState } from '../../../components/query-state';
import { useSaveErrors } from '../../../components/use-save-errors';
import {
  useAccountLinkOptionsQuery,
  useAccountQuery,
  useCreateAccountMutation,
  useUpdateAccountMutation,
  type AccountFieldsFragment,
} from '../../../generated/graphql';
import { notifySuccess } from '../../../lib/notify';
import { paths } from '../../../lib/paths';
import { useSession } from '../../../lib/session';
import {
  linkKind,
  toAccountFormValues,
  toCreateAccountInput,
  toUpdateAccountInput,
  useAccountForm,
  type AccountFormValues,
} from '../hooks/use-account-form';
import { ResetPasswordSection } from './reset-password-section';
import { SetPasswordLink, type SetPasswordToken } from './set-password-link';

/** Location state after createAccount: the new account's first set-password link. */
interface CreatedState {
  created?: SetPasswordToken;
}

function useLinkOptions() {
  const { data } = useAccountLinkOptionsQuery();
  return useMemo(() => {
    const tenants = (data?.tenants.items ?? []).map((v) => ({ value: v.id, label: v.name }));
    // Standorte grouped by their Verwaltung.
    const groups = new Map<string, { group: string; items: { value: string; label: string }[] }>();
    for (const location of data?.locations.items ?? []) {
      const group = groups.get(location.tenant.id) ?? { group: location.tenant.name, items: [] };
      group.items.push({
        value: location.id,
        label: location.city ? `${location.name} (${location.city})` : location.name,
      });
      groups.set(location.tenant.id, group);
    }
    return { tenants, locations: [...groups.values()] };
  }, [data]);
}

interface AccountFormProps {
  account?: AccountFieldsFragment;
  onReload?: () => Promise<AccountFieldsFragment | undefined>;
}

function AccountForm({ account, onReload }: AccountFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const session = useSession();
  const options = useLinkOptions();
  const [base, setBase] = useState(account);
  const [token, setToken] = useState<SetPasswordToken | undefined>((location.state as CreatedState | null)?.created);
  const form = useAccountForm(toAccountFormValues(base));
  const errors = useSaveErrors(form);
  const [create, created] = useCreateAccountMutation();
  const [update, updated] = useUpdateAccountMutation();
  const [confirmOpened, confirm] = useDisclosure(false);
  const isSelf = !!base && base.id === session.account?.id;
  const kind = linkKind(form.values.role);

  const save = async (values: AccountFormValues) => {
    try {
      if (base) {
        const result = await update({ variables: { input: toUpdateAccountInput(base, values) } });
        notifySuccess(t('common.saved', { name: values.displayName }));
        if (result.data) setBase(result.data.updateAccount);
        void navigate(paths.accounts());
      } else {
        const result = await create({ variables: { input: toCreateAccountInput(values) } });
        const createdAccount = result.data?.createAccount;
        notifySuccess(t('common.created', { name: values.displayName }));
        if (createdAccount) {
          void navigate(paths.editAccount(createdAccount.account.id), {
            state: { created: createdAccount.setPassword } satisfies CreatedState,
          });
        }
      }
    } catch (error) {
      errors.handle(error);
    }
  };

  const submit = form.onSubmit((values) => {
    if (base?.active && !values.active) confirm.open();
    else void save(values);
  });

  const reload = async () => {
    const fresh = await onReload?.();
    if (fresh) {
      setBase(fresh);
      form.setValues(toAccountFormValues(fresh));
    }
    form.resetDirty();
    errors.clearConflict();
  };

  const notice = token && base && (
    <Box mb="md" maw={900}>
      <SetPasswordLink token={token} accountName={base.displayName} />
    </Box>
  );

  return (
    <>
      <FormPage
        title={base ? t('accounts.editTitle', { name: base.displayName }) : t('accounts.create')}
        crumbs={[{ label: t('accounts.title'), to: paths.accounts() }]}
        onSubmit={submit}
        saving={created.loading || updated.loading}
        cancelTo={paths.accounts()}
        conflict={errors.conflict}
        onReload={() => void reload()}
        notice={notice}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('accounts.fields.email')}
            type="email"
            autoComplete="off"
            required
            {...form.getInputProps('email')}
          />
          <TextInput label={t('accounts.fields.displayName')} required {...form.getInputProps('displayName')} />
          <Select
            label={t('accounts.fields.role')}
            description={isSelf ? t('accounts.hints.selfRole') : t('accounts.hints.role')}
            required
            disabled={isSelf}
            data={ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))}
            {...form.getInputProps('role')}
          />
          {kind === 'oneTenant' && (
            <Select
              label={t('accounts.fields.tenant')}
              description={t('accounts.hints.oneTenant')}
              required
              searchable
              data={options.tenants}
              value={form.values.tenantIds[0] ?? null}
              onChange={(value) => form.setFieldValue('tenantIds', value ? [value] : [])}
              error={form.errors.tenantIds}
              nothingFoundMessage={t('list.noMatches')}
            />
          )}
          {kind === 'tenants' && (
            <MultiSelect
              label={t('accounts.fields.tenants')}
              description={t('accounts.hints.tenants')}
              required
              searchable
              data={options.tenants}
              nothingFoundMessage={t('list.noMatches')}
              {...form.getInputProps('tenantIds')}
            />
          )}
          {kind === 'locations' && (
            <MultiSelect
              label={t('accounts.fields.locations')}
              description={t('accounts.hints.locations')}
              required
              searchable
              data={options.locations}
              nothingFoundMessage={t('list.noMatches')}
              {...form.getInputProps('locationIds')}
            />
          )}
          {kind === 'none' && form.values.role === 'ADMIN' && (
            <Text size="sm" style={{ alignSelf: 'center' }}>
              {t('accounts.hints.admin')}
            </Text>
          )}
        </SimpleGrid>
        {base && (
          <Switch
            label={t('accounts.fields.active')}
            description={isSelf ? t('accounts.hints.selfActive') : t('accounts.hints.active')}
            disabled={isSelf}
            {...form.getInputProps('active', { type: 'checkbox' })}
          />
        )}
      </FormPage>
      {base && !token && <ResetPasswordSection account={base} onReset={setToken} />}
      <Modal
        opened={confirmOpened}
        onClose={confirm.close}
        title={t('accounts.deactivate.title', { name: base?.displayName ?? '' })}
        centered
        closeButtonProps={{ 'aria-label': t('actions.closeDialog') }}
      >
        <Text mb="lg">{t('accounts.deactivate.body')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={confirm.close}>
            {t('actions.cancel')}
          </Button>
          <Button
            color="red.9"
            loading={updated.loading}
            onClick={() => {
              confirm.close();
              void save(form.values);
            }}
          >
            {t('accounts.deactivate.confirm')}
          </Button>
        </Group>
      </Modal>
    </>
  );
}

export function AccountCreatePage() {
  return <AccountForm />;
}

export function AccountEditPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useAccountQuery({ variables: { id }, fetchPolicy: 'network-only' });
  return (
    <QueryState loading={loading} error={error} data={data?.account}>
      {(account) => (
        <AccountForm key={account.id} account={account} onReload={async () => (await refetch()).data?.account} />
      )}
    </QueryState>
  );
}
