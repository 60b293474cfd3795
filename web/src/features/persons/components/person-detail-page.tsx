import { Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ConfirmDeleteButton } from '../../../components/confirm-delete-button';
import { EditButton } from '../../../components/edit-button';
import { DetailFields } from '../../../components/detail-fields';
import { PageHeader } from '../../../components/page-header';
import { ChangeHistory } from '../../../components/change-history';
import { QueryState } from '../../../components/query-state';
import { useDeleteAction } from '../../../components/use-delete-action';
import { useDeletePersonMutation, usePersonQuery } from '../../../generated/graphql';
import { useFormat } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { usePageTitle } from '../../../lib/use-page-title';
import { PersonAccessReportSection } from './person-access-report-section';
import { PersonFachverfahrenSection } from './person-fachverfahren-section';
import { PersonFileSharesSection } from './person-file-shares-section';
import { PersonPrintersSection } from './person-printers-section';
import { PersonSoftwareSection } from './person-software-section';
import { PersonWorkstationsSection } from './person-workstations-section';

export function PersonDetailPage() {
  const { t } = useTranslation();
  const { tenantId = '', id = '' } = useParams();
  const format = useFormat();
  const deleteAction = useDeleteAction();
  const { data, loading, error } = usePersonQuery({ variables: { id } });
  const [deletePerson, deleting] = useDeletePersonMutation();
  const person = data?.person;
  usePageTitle(person ? `${t('persons.one')} ${person.displayName}` : t('persons.one'));

  const remove = async () => {
    if (!person) return;
    await deleteAction({
      run: () => deletePerson({ variables: { id: person.id, version: person.version } }),
      typename: 'Person',
      id: person.id,
      successText: t('persons.deleted', { name: person.displayName }),
      leaveTo: paths.list(tenantId, 'persons'),
    });
  };

  return (
    <QueryState loading={loading} error={error} data={person}>
      {(p) => (
        <Stack gap="lg">
          <PageHeader
            title={p.displayName}
            subtitle={[p.accountName, p.department].filter(Boolean).join(' · ')}
            crumbs={[
              { label: t('persons.title'), to: paths.list(tenantId, 'persons') },
              ...(p.location
                ? [{ label: p.location.name, to: paths.locationList(tenantId, p.location.id, 'persons') }]
                : []),
            ]}
            actions={
              <>
                <EditButton to={paths.edit(tenantId, 'persons', p.id)} />
                <ConfirmDeleteButton
                  subject={`${t('persons.one')} ${p.displayName}`}
                  onConfirm={remove}
                  loading={deleting.loading}
                />
              </>
            }
          />
          <Paper withBorder p="lg">
            <DetailFields
              fields={[
                { label: t('persons.fields.accountName'), value: p.accountName },
                { label: t('persons.fields.givenName'), value: p.givenName },
                { label: t('persons.fields.surname'), value: p.surname },
                { label: t('fields.department'), value: p.department },
                { label: t('persons.fields.email'), value: p.email },
                { label: t('fields.location'), value: p.location?.name },
                { label: t('fields.updatedAt'), value: format.dateTime(p.updatedAt) },
              ]}
            />
          </Paper>
          <Text>{t('mappings.intro')}</Text>
          <PersonWorkstationsSection tenantId={tenantId} person={p} />
          <PersonPrintersSection tenantId={tenantId} person={p} />
          <PersonSoftwareSection tenantId={tenantId} person={p} />
          <PersonFileSharesSection tenantId={tenantId} person={p} />
          <PersonFachverfahrenSection tenantId={tenantId} person={p} />
          <ChangeHistory objectType="PERSON" objectId={id} />
          <PersonAccessReportSection tenantId={tenantId} person={p} />
        </Stack>
      )}
    </QueryState>
  );
}
