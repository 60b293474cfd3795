import { NumberInput, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { TENANT_KIND_LABELS } from '@schaltplan/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { FormPage } from '../../../components/form-page';
import { QueryState } from '../../../components/query-state';
import { useSaveErrors } from '../../../components/use-save-errors';
import {
  useCreateTenantMutation,
  useTenantQuery,
  useUpdateTenantMutation,
  type TenantFieldsFragment,
} from '../../../generated/graphql';
import { useEnumOptions } from '../../../lib/labels';
import { notifySuccess } from '../../../lib/notify';
import { paths } from '../../../lib/paths';
import { toCreateTenantInput, toTenantFormValues, toUpdateTenantInput, useTenantForm } from '../hooks/use-tenant-form';
import { ExitArchiveDownload } from './exit-archive-download';

interface TenantFormProps {
  tenant?: TenantFieldsFragment;
  onReload?: () => Promise<TenantFieldsFragment | undefined>;
}

function TenantForm({ tenant, onReload }: TenantFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const kinds = useEnumOptions(TENANT_KIND_LABELS);
  const [base, setBase] = useState(tenant);
  const form = useTenantForm(toTenantFormValues(base));
  const errors = useSaveErrors(form);
  const [create, created] = useCreateTenantMutation();
  const [update, updated] = useUpdateTenantMutation();

  const submit = form.onSubmit(async (values) => {
    try {
      if (base) {
        await update({ variables: { input: toUpdateTenantInput(base, values) } });
        notifySuccess(t('common.saved', { name: values.name }));
        void navigate(paths.tenant(base.id));
      } else {
        const result = await create({ variables: { input: toCreateTenantInput(values) } });
        notifySuccess(t('common.created', { name: values.name }));
        const id = result.data?.createTenant.id;
        void navigate(id ? paths.tenant(id) : paths.home());
      }
    } catch (error) {
      errors.handle(error);
    }
  });

  const reload = async () => {
    const fresh = await onReload?.();
    if (fresh) {
      setBase(fresh);
      form.setValues(toTenantFormValues(fresh));
    }
    form.resetDirty();
    errors.clearConflict();
  };

  return (
    <>
      <FormPage
        title={tenant ? t('tenants.editTitle', { name: tenant.name }) : t('tenants.create')}
        crumbs={[{ label: t('tenants.title'), to: paths.home() }]}
        onSubmit={submit}
        saving={created.loading || updated.loading}
        cancelTo={tenant ? paths.tenant(tenant.id) : paths.home()}
        conflict={errors.conflict}
        onReload={() => void reload()}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('tenants.fields.name')} required {...form.getInputProps('name')} />
          <Select label={t('tenants.fields.kind')} required data={kinds} {...form.getInputProps('kind')} />
          <TextInput
            label={t('tenants.fields.ags')}
            description={t('tenants.hints.ags')}
            required
            inputMode="numeric"
            maxLength={8}
            {...form.getInputProps('ags')}
          />
          <NumberInput
            label={t('tenants.fields.inhabitants')}
            required
            min={0}
            allowDecimal={false}
            allowNegative={false}
            thousandSeparator="."
            decimalSeparator=","
            {...form.getInputProps('inhabitants')}
          />
        </SimpleGrid>
        <Textarea
          label={t('tenants.fields.memberMunicipalities')}
          description={t('tenants.hints.memberMunicipalities')}
          autosize
          minRows={3}
          {...form.getInputProps('memberMunicipalities')}
        />
      </FormPage>
      {tenant && <ExitArchiveDownload tenantId={tenant.id} tenantName={tenant.name} />}
    </>
  );
}

export function TenantCreatePage() {
  return <TenantForm />;
}

export function TenantEditPage() {
  const { tenantId = '' } = useParams();
  const { data, loading, error, refetch } = useTenantQuery({
    variables: { id: tenantId },
    fetchPolicy: 'network-only',
  });
  return (
    <QueryState loading={loading} error={error} data={data?.tenant}>
      {(tenant) => <TenantForm key={tenant.id} tenant={tenant} onReload={async () => (await refetch()).data?.tenant} />}
    </QueryState>
  );
}
