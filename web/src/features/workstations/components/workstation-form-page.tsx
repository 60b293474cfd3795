import { SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { FormPage } from '../../../components/form-page';
import { LocationSelect } from '../../../components/location-filter';
import { QueryState } from '../../../components/query-state';
import { useSaveErrors } from '../../../components/use-save-errors';
import {
  useCreateWorkstationMutation,
  useWorkstationQuery,
  useUpdateWorkstationMutation,
  type WorkstationFieldsFragment,
} from '../../../generated/graphql';
import { notifySuccess } from '../../../lib/notify';
import { paths } from '../../../lib/paths';
import {
  toCreateWorkstationInput,
  toWorkstationFormValues,
  toUpdateWorkstationInput,
  useWorkstationForm,
} from '../hooks/use-workstation-form';

interface WorkstationFormProps {
  tenantId: string;
  workstation?: WorkstationFieldsFragment;
  onReload?: () => Promise<WorkstationFieldsFragment | undefined>;
}

function WorkstationForm({ tenantId, workstation, onReload }: WorkstationFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  // The version the user started editing from; only an explicit reload moves it forward.
  const [base, setBase] = useState(workstation);
  const form = useWorkstationForm(toWorkstationFormValues(base, searchParams.get('standort')));
  const errors = useSaveErrors(form);
  const [create, created] = useCreateWorkstationMutation();
  const [update, updated] = useUpdateWorkstationMutation();

  const submit = form.onSubmit(async (values) => {
    try {
      if (base) {
        await update({ variables: { input: toUpdateWorkstationInput(base, values) } });
        notifySuccess(t('common.saved', { name: values.name }));
        void navigate(paths.detail(tenantId, 'workstations', base.id));
      } else {
        const result = await create({ variables: { input: toCreateWorkstationInput(tenantId, values) } });
        notifySuccess(t('common.created', { name: values.name }));
        const id = result.data?.createWorkstation.id;
        void navigate(id ? paths.detail(tenantId, 'workstations', id) : paths.list(tenantId, 'workstations'));
      }
    } catch (error) {
      errors.handle(error);
    }
  });

  const reload = async () => {
    const fresh = await onReload?.();
    if (fresh) {
      setBase(fresh);
      form.setValues(toWorkstationFormValues(fresh));
    }
    form.resetDirty();
    errors.clearConflict();
  };

  const title = workstation ? t('workstations.editTitle', { name: workstation.name }) : t('workstations.create');
  return (
    <FormPage
      title={title}
      crumbs={[{ label: t('workstations.title'), to: paths.list(tenantId, 'workstations') }]}
      onSubmit={submit}
      saving={created.loading || updated.loading}
      cancelTo={
        workstation ? paths.detail(tenantId, 'workstations', workstation.id) : paths.list(tenantId, 'workstations')
      }
      conflict={errors.conflict}
      onReload={() => void reload()}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('workstations.fields.name')} required {...form.getInputProps('name')} />
        <LocationSelect tenantId={tenantId} required {...form.getInputProps('locationId')} />
        <TextInput label={t('fields.room')} {...form.getInputProps('room')} />
        <TextInput
          label={t('workstations.fields.currentHostname')}
          description={t('workstations.hints.currentHostname')}
          {...form.getInputProps('currentHostname')}
        />
        <TextInput label={t('workstations.fields.currentOs')} {...form.getInputProps('currentOs')} />
        <TextInput
          label={t('workstations.fields.targetDeviceSerial')}
          description={t('workstations.hints.targetDeviceSerial')}
          {...form.getInputProps('targetDeviceSerial')}
        />
      </SimpleGrid>
      <Textarea label={t('fields.notes')} autosize minRows={3} {...form.getInputProps('notes')} />
    </FormPage>
  );
}

export function WorkstationCreatePage() {
  const { tenantId = '' } = useParams();
  return <WorkstationForm tenantId={tenantId} />;
}

export function WorkstationEditPage() {
  const { tenantId = '', id = '' } = useParams();
  const { data, loading, error, refetch } = useWorkstationQuery({ variables: { id }, fetchPolicy: 'network-only' });
  return (
    <QueryState loading={loading} error={error} data={data?.workstation}>
      {(workstation) => (
        <WorkstationForm
          key={workstation.id}
          tenantId={tenantId}
          workstation={workstation}
          onReload={async () => (await refetch()).data?.workstation}
        />
      )}
    </QueryState>
  );
}
