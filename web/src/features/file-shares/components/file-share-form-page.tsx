import { NumberInput, SimpleGrid, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { FormPage } from '../../../components/form-page';
import { LocationSelect } from '../../../components/location-filter';
import { QueryState } from '../../../components/query-state';
import { useSaveErrors } from '../../../components/use-save-errors';
import {
  useCreateFileShareMutation,
  useFileShareQuery,
  useUpdateFileShareMutation,
  type FileShareFieldsFragment,
} from '../../../generated/graphql';
import { notifySuccess } from '../../../lib/notify';
import { paths } from '../../../lib/paths';
import {
  toCreateFileShareInput,
  toFileShareFormValues,
  toUpdateFileShareInput,
  useFileShareForm,
} from '../hooks/use-file-share-form';

interface FileShareFormProps {
  tenantId: string;
  share?: FileShareFieldsFragment;
  onReload?: () => Promise<FileShareFieldsFragment | undefined>;
}

function FileShareForm({ tenantId, share, onReload }: FileShareFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  // The version the user started editing from; only an explicit reload moves it forward.
  const [base, setBase] = useState(share);
  const form = useFileShareForm(toFileShareFormValues(base, searchParams.get('standort')));
  const errors = useSaveErrors(form);
  const [create, created] = useCreateFileShareMutation();
  const [update, updated] = useUpdateFileShareMutation();

  const submit = form.onSubmit(async (values) => {
    try {
      if (base) {
        await update({ variables: { input: toUpdateFileShareInput(base, values) } });
        notifySuccess(t('common.saved', { name: values.uncPath }));
        void navigate(paths.detail(tenantId, 'fileShares', base.id));
      } else {
        const result = await create({ variables: { input: toCreateFileShareInput(tenantId, values) } });
        notifySuccess(t('common.created', { name: values.uncPath }));
        const id = result.data?.createFileShare.id;
        void navigate(id ? paths.detail(tenantId, 'fileShares', id) : paths.list(tenantId, 'fileShares'));
      }
    } catch (error) {
      errors.handle(error);
    }
  });

  const reload = async () => {
    const fresh = await onReload?.();
    if (fresh) {
      setBase(fresh);
      form.setValues(toFileShareFormValues(fresh));
    }
    form.resetDirty();
    errors.clearConflict();
  };

  const title = share ? t('fileShares.editTitle', { name: share.uncPath }) : t('fileShares.create');
  return (
    <FormPage
      title={title}
      crumbs={[{ label: t('fileShares.title'), to: paths.list(tenantId, 'fileShares') }]}
      onSubmit={submit}
      saving={created.loading || updated.loading}
      cancelTo={share ? paths.detail(tenantId, 'fileShares', share.id) : paths.list(tenantId, 'fileShares')}
      conflict={errors.conflict}
      onReload={() => void reload()}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('fileShares.fields.uncPath')}
          description={t('fileShares.hints.uncPath')}
          required
          {...form.getInputProps('uncPath')}
        />
        <TextInput
          label={t('fileShares.fields.driveLetter')}
          description={t('fileShares.hints.driveLetter')}
          maxLength={2}
          {...form.getInputProps('driveLetter')}
        />
        <LocationSelect tenantId={tenantId} {...form.getInputProps('locationId')} />
        <NumberInput
          label={t('fileShares.fields.sizeGb')}
          min={0}
          decimalScale={2}
          allowNegative={false}
          decimalSeparator=","
          thousandSeparator="."
          {...form.getInputProps('sizeGb')}
        />
        <TextInput label={t('fileShares.fields.owningDepartment')} {...form.getInputProps('owningDepartment')} />
        <TextInput
          label={t('fileShares.fields.targetPath')}
          description={t('fileShares.hints.targetPath')}
          {...form.getInputProps('targetPath')}
        />
      </SimpleGrid>
    </FormPage>
  );
}

export function FileShareCreatePage() {
  const { tenantId = '' } = useParams();
  return <FileShareForm tenantId={tenantId} />;
}

export function FileShareEditPage() {
  const { tenantId = '', id = '' } = useParams();
  const { data, loading, error, refetch } = useFileShareQuery({ variables: { id }, fetchPolicy: 'network-only' });
  return (
    <QueryState loading={loading} error={error} data={data?.fileShare}>
      {(share) => (
        <FileShareForm
          key={share.id}
          tenantId={tenantId}
          share={share}
          onReload={async () => (await refetch()).data?.fileShare}
        />
      )}
    </QueryState>
  );
}
