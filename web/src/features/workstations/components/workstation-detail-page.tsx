import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ConfirmDeleteButton } from '../../../components/confirm-delete-button';
import { EditButton } from '../../../components/edit-button';
import { DetailFields } from '../../../components/detail-fields';
import { PageHeader } from '../../../components/page-header';
import { PersonLinks } from '../../../components/person-links';
import { ChangeHistory } from '../../../components/change-history';
import { QueryState } from '../../../components/query-state';
import { useDeleteAction } from '../../../components/use-delete-action';
import { useDeleteWorkstationMutation, useWorkstationQuery } from '../../../generated/graphql';
import { useFormat } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { usePageTitle } from '../../../lib/use-page-title';

export function WorkstationDetailPage() {
  const { t } = useTranslation();
  const { tenantId = '', id = '' } = useParams();
  const format = useFormat();
  const deleteAction = useDeleteAction();
  const { data, loading, error } = useWorkstationQuery({ variables: { id } });
  const [deleteWorkstation, deleting] = useDeleteWorkstationMutation();
  const workstation = data?.workstation;
  usePageTitle(workstation ? `${t('workstations.one')} ${workstation.name}` : t('workstations.one'));

  const remove = async () => {
    if (!workstation) return;
    await deleteAction({
      run: () => deleteWorkstation({ variables: { id: workstation.id, version: workstation.version } }),
      typename: 'Workstation',
      id: workstation.id,
      successText: t('workstations.deleted', { name: workstation.name }),
      leaveTo: paths.list(tenantId, 'workstations'),
    });
  };

  return (
    <QueryState loading={loading} error={error} data={workstation}>
      {(w) => (
        <Stack gap="lg">
          <PageHeader
            title={w.name}
            subtitle={w.location.name}
            crumbs={[
              { label: t('workstations.title'), to: paths.list(tenantId, 'workstations') },
              { label: w.location.name, to: paths.locationList(tenantId, w.location.id, 'workstations') },
            ]}
            actions={
              <>
                <EditButton to={paths.edit(tenantId, 'workstations', w.id)} />
                <ConfirmDeleteButton
                  subject={`${t('workstations.one')} ${w.name}`}
                  onConfirm={remove}
                  loading={deleting.loading}
                />
              </>
            }
          />
          <Paper withBorder p="lg">
            <DetailFields
              fields={[
                { label: t('fields.location'), value: w.location.name },
                { label: t('fields.room'), value: w.room },
                { label: t('workstations.fields.currentHostname'), value: w.currentHostname },
                { label: t('workstations.fields.currentOs'), value: w.currentOs },
                { label: t('workstations.fields.targetDeviceSerial'), value: w.targetDeviceSerial },
                { label: t('fields.updatedAt'), value: format.dateTime(w.updatedAt) },
                { label: t('fields.notes'), value: w.notes, wide: true },
              ]}
            />
          </Paper>
          <PersonLinks
            tenantId={tenantId}
            title={t('workstations.persons')}
            emptyText={t('workstations.noPersons')}
            persons={w.persons}
          />
          <Paper withBorder p="lg" component="section" aria-label={t('workstations.printers')}>
            <Title order={2} size="h3" mb="sm">
              {t('workstations.printers')}
            </Title>
            <Text>
              {w.printers.length === 0
                ? t('workstations.noPrinters')
                : w.printers.map((printer) => printer.name).join(', ')}
            </Text>
          </Paper>
          <ChangeHistory objectType="WORKSTATION" objectId={id} />
        </Stack>
      )}
    </QueryState>
  );
}
