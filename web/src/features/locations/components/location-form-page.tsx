import { NumberInput, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { LOCATION_KIND_LABELS } from '@schaltplan/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { FormPage } from '../../../components/form-page';
import { QueryState } from '../../../components/query-state';
import { useSaveErrors } from '../../../components/use-save-errors';
import {
  useCreateLocationMutation,
  useLocationQuery,
  useUpdateLocationMutation,
  type LocationFieldsFragment,
} from '../../../generated/graphql';
import { useEnumOptions } from '../../../lib/labels';
import { notifySuccess } from '../../../lib/notify';
import { paths } from '../../../lib/paths';
import {
  toCreateLocationInput,
  toLocationFormValues,
  toUpdateLocationInput,
  useLocationForm,
} from '../hooks/use-location-form';

interface LocationFormProps {
  tenantId: string;
  location?: LocationFieldsFragment;
  onReload?: () => Promise<LocationFieldsFragment | undefined>;
}

function LocationForm({ tenantId, location, onReload }: LocationFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const kinds = useEnumOptions(LOCATION_KIND_LABELS);
  const [base, setBase] = useState(location);
  const form = useLocationForm(toLocationFormValues(base));
  const errors = useSaveErrors(form);
  const [create, created] = useCreateLocationMutation();
  const [update, updated] = useUpdateLocationMutation();

  const submit = form.onSubmit(async (values) => {
    try {
      if (base) {
        await update({ variables: { input: toUpdateLocationInput(base, values) } });
        notifySuccess(t('common.saved', { name: values.name }));
        void navigate(paths.detail(tenantId, 'locations', base.id));
      } else {
        const result = await create({ variables: { input: toCreateLocationInput(tenantId, values) } });
        notifySuccess(t('common.created', { name: values.name }));
        const id = result.data?.createLocation.id;
        void navigate(id ? paths.detail(tenantId, 'locations', id) : paths.list(tenantId, 'locations'));
      }
    } catch (error) {
      errors.handle(error);
    }
  });

  const reload = async () => {
    const fresh = await onReload?.();
    if (fresh) {
      setBase(fresh);
      form.setValues(toLocationFormValues(fresh));
    }
    form.resetDirty();
    errors.clearConflict();
  };

  const speedProps = {
    min: 1,
    max: 100_000,
    allowDecimal: false,
    allowNegative: false,
    description: t('locations.hints.speed'),
  };
  return (
    <FormPage
      title={location ? t('locations.editTitle', { name: location.name }) : t('locations.create')}
      crumbs={[{ label: t('locations.title'), to: paths.list(tenantId, 'locations') }]}
      onSubmit={submit}
      saving={created.loading || updated.loading}
      cancelTo={location ? paths.detail(tenantId, 'locations', location.id) : paths.list(tenantId, 'locations')}
      conflict={errors.conflict}
      onReload={() => void reload()}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('locations.fields.name')} required {...form.getInputProps('name')} />
        <Select label={t('locations.fields.kind')} required data={kinds} {...form.getInputProps('kind')} />
        <TextInput label={t('locations.fields.street')} {...form.getInputProps('street')} />
        <TextInput
          label={t('locations.fields.postalCode')}
          inputMode="numeric"
          maxLength={5}
          {...form.getInputProps('postalCode')}
        />
        <TextInput label={t('locations.fields.city')} {...form.getInputProps('city')} />
        <TextInput
          label={t('locations.fields.ags')}
          description={t('locations.hints.ags')}
          inputMode="numeric"
          maxLength={8}
          {...form.getInputProps('ags')}
        />
        <TextInput
          label={t('locations.fields.wanLink')}
          description={t('locations.hints.wanLink')}
          {...form.getInputProps('wanLink')}
        />
        <NumberInput
          label={t('locations.fields.lanSpeedMbit')}
          {...speedProps}
          {...form.getInputProps('lanSpeedMbit')}
        />
        <NumberInput
          label={t('locations.fields.bandwidthMbit')}
          {...speedProps}
          {...form.getInputProps('bandwidthMbit')}
        />
      </SimpleGrid>
      <Textarea label={t('fields.notes')} autosize minRows={3} {...form.getInputProps('notes')} />
    </FormPage>
  );
}

export function LocationCreatePage() {
  const { tenantId = '' } = useParams();
  return <LocationForm tenantId={tenantId} />;
}

export function LocationEditPage() {
  const { tenantId = '', id = '' } = useParams();
  const { data, loading, error, refetch } = useLocationQuery({ variables: { id }, fetchPolicy: 'network-only' });
  return (
    <QueryState loading={loading} error={error} data={data?.location}>
      {(location) => (
        <LocationForm
          key={location.id}
          tenantId={tenantId}
          location={location}
          onReload={async () => (await refetch()).data?.location}
        />
      )}
    </QueryState>
  );
}
