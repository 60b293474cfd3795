import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { SOFTWARE_DELIVERY_LABELS } from '@schaltplan/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { FormPage } from '../../../components/form-page';
import { QueryState } from '../../../components/query-state';
import { useSaveErrors } from '../../../components/use-save-errors';
import {
  useCreateSoftwareMutation,
  useSoftwareQuery,
  useUpdateSoftwareMutation,
  type SoftwareFieldsFragment,
} from '../../../generated/graphql';
import { useEnumOptions } from '../../../lib/labels';
import { notifySuccess } from '../../../lib/notify';
import { paths } from '../../../lib/paths';
import {
  toCreateSoftwareInput,
  toSoftwareFormValues,
  toUpdateSoftwareInput,
  useSoftwareForm,
} from '../hooks/use-software-form';

interface SoftwareFormProps {
  tenantId: string;
  software?: SoftwareFieldsFragment;
  onReload?: () => Promise<SoftwareFieldsFragment | undefined>;
}

function SoftwareForm({ tenantId, software, onReload }: SoftwareFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const deliveries = useEnumOptions(SOFTWARE_DELIVERY_LABELS);
  // The version the user started editing from; only an explicit reload moves it forward.
  const [base, setBase] = useState(software);
  const form = useSoftwareForm(toSoftwareFormValues(base));
  const errors = useSaveErrors(form);
  const [create, created] = useCreateSoftwareMutation();
  const [update, updated] = useUpdateSoftwareMutation();

  const submit = form.onSubmit(async (values) => {
    try {
      if (base) {
        await update({ variables: { input: toUpdateSoftwareInput(base, values) } });
        notifySuccess(t('common.saved', { name: values.product }));
        void navigate(paths.detail(tenantId, 'software', base.id));
      } else {
        const result = await create({ variables: { input: toCreateSoftwareInput(tenantId, values) } });
        notifySuccess(t('common.created', { name: values.product }));
        const id = result.data?.createSoftware.id;
        void navigate(id ? paths.detail(tenantId, 'software', id) : paths.list(tenantId, 'software'));
      }
    } catch (error) {
      errors.handle(error);
    }
  });

  const reload = async () => {
    const fresh = await onReload?.();
    if (fresh) {
      setBase(fresh);
      form.setValues(toSoftwareFormValues(fresh));
    }
    form.resetDirty();
    errors.clearConflict();
  };

  const title = software ? t('software.editTitle', { name: software.product }) : t('software.create');
  return (
    <FormPage
      title={title}
      crumbs={[{ label: t('software.title'), to: paths.list(tenantId, 'software') }]}
      onSubmit={submit}
      saving={created.loading || updated.loading}
      cancelTo={software ? paths.detail(tenantId, 'software', software.id) : paths.list(tenantId, 'software')}
      conflict={errors.conflict}
      onReload={() => void reload()}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('software.fields.product')} required {...form.getInputProps('product')} />
        <TextInput label={t('fields.vendor')} {...form.getInputProps('vendor')} />
        <TextInput label={t('software.fields.versionLabel')} {...form.getInputProps('versionLabel')} />
        <TextInput label={t('software.fields.licence')} {...form.getInputProps('licence')} />
        <Select
          label={t('software.fields.delivery')}
          data={deliveries}
          allowDeselect={false}
          {...form.getInputProps('delivery')}
        />
        <TextInput
          label={t('software.fields.replacedBy')}
          description={t('software.hints.replacedBy')}
          {...form.getInputProps('replacedBy')}
        />
      </SimpleGrid>
    </FormPage>
  );
}

export function SoftwareCreatePage() {
  const { tenantId = '' } = useParams();
  return <SoftwareForm tenantId={tenantId} />;
}

export function SoftwareEditPage() {
  const { tenantId = '', id = '' } = useParams();
  const { data, loading, error, refetch } = useSoftwareQuery({ variables: { id }, fetchPolicy: 'network-only' });
  return (
    <QueryState loading={loading} error={error} data={data?.software}>
      {(software) => (
        <SoftwareForm
          key={software.id}
          tenantId={tenantId}
          software={software}
          onReload={async () => (await refetch()).data?.software}
        />
      )}
    </QueryState>
  );
}
