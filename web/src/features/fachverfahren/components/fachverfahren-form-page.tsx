import { Checkbox, MultiSelect, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import {
  CRITICALITY_LABELS,
  FACHVERFAHREN_AREA_LABELS,
  FACHVERFAHREN_INTERFACE_LABELS,
  OPERATING_MODE_LABELS,
} from '@schaltplan/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { FormPage } from '../../../components/form-page';
import { QueryState } from '../../../components/query-state';
import { useSaveErrors } from '../../../components/use-save-errors';
import {
  useCreateFachverfahrenMutation,
  useFachverfahrenQuery,
  useUpdateFachverfahrenMutation,
  type FachverfahrenFieldsFragment,
} from '../../../generated/graphql';
import { useEnumOptions } from '../../../lib/labels';
import { notifySuccess } from '../../../lib/notify';
import { paths } from '../../../lib/paths';
import {
  toCreateFachverfahrenInput,
  toFachverfahrenFormValues,
  toUpdateFachverfahrenInput,
  useFachverfahrenForm,
} from '../hooks/use-fachverfahren-form';

interface FachverfahrenFormProps {
  tenantId: string;
  item?: FachverfahrenFieldsFragment;
  onReload?: () => Promise<FachverfahrenFieldsFragment | undefined>;
}

function FachverfahrenForm({ tenantId, item, onReload }: FachverfahrenFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const areas = useEnumOptions(FACHVERFAHREN_AREA_LABELS);
  const modes = useEnumOptions(OPERATING_MODE_LABELS);
  const criticalities = useEnumOptions(CRITICALITY_LABELS);
  const interfaces = useEnumOptions(FACHVERFAHREN_INTERFACE_LABELS);
  // The version the user started editing from; only an explicit reload moves it forward.
  const [base, setBase] = useState(item);
  const form = useFachverfahrenForm(toFachverfahrenFormValues(base));
  const errors = useSaveErrors(form);
  const [create, created] = useCreateFachverfahrenMutation();
  const [update, updated] = useUpdateFachverfahrenMutation();

  const submit = form.onSubmit(async (values) => {
    try {
      if (base) {
        await update({ variables: { input: toUpdateFachverfahrenInput(base, values) } });
        notifySuccess(t('common.saved', { name: values.name }));
        void navigate(paths.detail(tenantId, 'fachverfahren', base.id));
      } else {
        const result = await create({ variables: { input: toCreateFachverfahrenInput(tenantId, values) } });
        notifySuccess(t('common.created', { name: values.name }));
        const id = result.data?.createFachverfahren.id;
        void navigate(id ? paths.detail(tenantId, 'fachverfahren', id) : paths.list(tenantId, 'fachverfahren'));
      }
    } catch (error) {
      errors.handle(error);
    }
  });

  const reload = async () => {
    const fresh = await onReload?.();
    if (fresh) {
      setBase(fresh);
      form.setValues(toFachverfahrenFormValues(fresh));
    }
    form.resetDirty();
    errors.clearConflict();
  };

  const title = item ? t('fachverfahren.editTitle', { name: item.name }) : t('fachverfahren.create');
  return (
    <FormPage
      title={title}
      crumbs={[{ label: t('fachverfahren.title'), to: paths.list(tenantId, 'fachverfahren') }]}
      onSubmit={submit}
      saving={created.loading || updated.loading}
      cancelTo={item ? paths.detail(tenantId, 'fachverfahren', item.id) : paths.list(tenantId, 'fachverfahren')}
      conflict={errors.conflict}
      onReload={() => void reload()}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('fachverfahren.fields.name')} required {...form.getInputProps('name')} />
        <Select
          label={t('fachverfahren.fields.area')}
          required
          data={areas}
          searchable
          {...form.getInputProps('area')}
        />
        <TextInput label={t('fields.vendor')} {...form.getInputProps('vendor')} />
        <TextInput
          label={t('fachverfahren.fields.responsibleDepartment')}
          {...form.getInputProps('responsibleDepartment')}
        />
        <Select
          label={t('fachverfahren.fields.currentOperation')}
          data={modes}
          allowDeselect={false}
          {...form.getInputProps('currentOperation')}
        />
        <Select
          label={t('fachverfahren.fields.targetOperation')}
          data={modes}
          allowDeselect={false}
          {...form.getInputProps('targetOperation')}
        />
        <Select
          label={t('fachverfahren.fields.criticality')}
          data={criticalities}
          allowDeselect={false}
          {...form.getInputProps('criticality')}
        />
        <MultiSelect
          label={t('fachverfahren.fields.interfaces')}
          data={interfaces}
          {...form.getInputProps('interfaces')}
        />
      </SimpleGrid>
      <Checkbox
        label={t('fachverfahren.fields.crisisRelevant')}
        {...form.getInputProps('crisisRelevant', { type: 'checkbox' })}
      />
      <Checkbox
        label={t('fachverfahren.fields.personalData')}
        {...form.getInputProps('personalData', { type: 'checkbox' })}
      />
      <Textarea
        label={t('fachverfahren.fields.interfaceNotes')}
        autosize
        minRows={3}
        {...form.getInputProps('interfaceNotes')}
      />
    </FormPage>
  );
}

export function FachverfahrenCreatePage() {
  const { tenantId = '' } = useParams();
  return <FachverfahrenForm tenantId={tenantId} />;
}

export function FachverfahrenEditPage() {
  const { tenantId = '', id = '' } = useParams();
  const { data, loading, error, refetch } = useFachverfahrenQuery({ variables: { id }, fetchPolicy: 'network-only' });
  return (
    <QueryState loading={loading} error={error} data={data?.fachverfahren}>
      {(item) => (
        <FachverfahrenForm
          key={item.id}
          tenantId={tenantId}
          item={item}
          onReload={async () => (await refetch()).data?.fachverfahren}
        />
      )}
    </QueryState>
  );
}
