import { SimpleGrid, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { FormPage } from '../../../components/form-page';
import { LocationSelect } from '../../../components/location-filter';
import { QueryState } from '../../../components/query-state';
import { useSaveErrors } from '../../../components/use-save-errors';
import {
  useCreatePersonMutation,
  usePersonQuery,
  useUpdatePersonMutation,
  type PersonFieldsFragment,
} from '../../../generated/graphql';
import { notifySuccess } from '../../../lib/notify';
import { paths } from '../../../lib/paths';
import { toCreatePersonInput, toPersonFormValues, toUpdatePersonInput, usePersonForm } from '../hooks/use-person-form';

interface PersonFormProps {
  tenantId: string;
  person?: PersonFieldsFragment;
  onReload?: () => Promise<PersonFieldsFragment | undefined>;
}

function PersonForm({ tenantId, person, onReload }: PersonFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  // The version the user started editing from; only an explicit reload moves it forward.
  const [base, setBase] = useState(person);
  const form = usePersonForm(toPersonFormValues(base, searchParams.get('standort')));
  const errors = useSaveErrors(form);
  const [create, created] = useCreatePersonMutation();
  const [update, updated] = useUpdatePersonMutation();

  const submit = form.onSubmit(async (values) => {
    try {
      if (base) {
        await update({ variables: { input: toUpdatePersonInput(base, values) } });
        notifySuccess(t('common.saved', { name: values.displayName }));
        void navigate(paths.detail(tenantId, 'persons', base.id));
      } else {
        const result = await create({ variables: { input: toCreatePersonInput(tenantId, values) } });
        notifySuccess(t('common.created', { name: values.displayName }));
        const id = result.data?.createPerson.id;
        void navigate(id ? paths.detail(tenantId, 'persons', id) : paths.list(tenantId, 'persons'));
      }
    } catch (error) {
      errors.handle(error);
    }
  });

  const reload = async () => {
    const fresh = await onReload?.();
    if (fresh) {
      setBase(fresh);
      form.setValues(toPersonFormValues(fresh));
    }
    form.resetDirty();
    errors.clearConflict();
  };

  const title = person ? t('persons.editTitle', { name: person.displayName }) : t('persons.create');
  return (
    <FormPage
      title={title}
      crumbs={[{ label: t('persons.title'), to: paths.list(tenantId, 'persons') }]}
      onSubmit={submit}
      saving={created.loading || updated.loading}
      cancelTo={person ? paths.detail(tenantId, 'persons', person.id) : paths.list(tenantId, 'persons')}
      conflict={errors.conflict}
      onReload={() => void reload()}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('persons.fields.displayName')}
          description={t('persons.hints.displayName')}
          required
          {...form.getInputProps('displayName')}
        />
        <TextInput
          label={t('persons.fields.accountName')}
          description={t('persons.hints.accountName')}
          required
          autoComplete="off"
          {...form.getInputProps('accountName')}
        />
        <TextInput label={t('persons.fields.givenName')} {...form.getInputProps('givenName')} />
        <TextInput label={t('persons.fields.surname')} {...form.getInputProps('surname')} />
        <TextInput label={t('fields.department')} {...form.getInputProps('department')} />
        <TextInput label={t('persons.fields.email')} type="email" {...form.getInputProps('email')} />
        <LocationSelect tenantId={tenantId} {...form.getInputProps('locationId')} />
      </SimpleGrid>
    </FormPage>
  );
}

export function PersonCreatePage() {
  const { tenantId = '' } = useParams();
  return <PersonForm tenantId={tenantId} />;
}

export function PersonEditPage() {
  const { tenantId = '', id = '' } = useParams();
  const { data, loading, error, refetch } = usePersonQuery({ variables: { id }, fetchPolicy: 'network-only' });
  return (
    <QueryState loading={loading} error={error} data={data?.person}>
      {(person) => (
        <PersonForm
          key={person.id}
          tenantId={tenantId}
          person={person}
          onReload={async () => (await refetch()).data?.person}
        />
      )}
    </QueryState>
  );
}
