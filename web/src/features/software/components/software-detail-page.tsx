import { Paper, Stack } from '@mantine/core';
import { SOFTWARE_DELIVERY_LABELS } from '@schaltplan/domain';
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
import { useDeleteSoftwareMutation, useSoftwareQuery } from '../../../generated/graphql';
import { useFormat } from '../../../lib/format';
import { useEnumLabel } from '../../../lib/labels';
import { paths } from '../../../lib/paths';
import { usePageTitle } from '../../../lib/use-page-title';

export function SoftwareDetailPage() {
  const { t } = useTranslation();
  const { tenantId = '', id = '' } = useParams();
  const format = useFormat();
  const label = useEnumLabel();
  const deleteAction = useDeleteAction();
  const { data, loading, error } = useSoftwareQuery({ variables: { id } });
  const [deleteSoftware, deleting] = useDeleteSoftwareMutation();
  const software = data?.software;
  usePageTitle(software ? `${t('software.one')} ${software.product}` : t('software.one'));

  const remove = async () => {
    if (!software) return;
    await deleteAction({
      run: () => deleteSoftware({ variables: { id: software.id, version: software.version } }),
      typename: 'Software',
      id: software.id,
      successText: t('software.deleted', { name: software.product }),
      leaveTo: paths.list(tenantId, 'software'),
    });
  };

  return (
    <QueryState loading={loading} error={error} data={software}>
      {(s) => (
        <Stack gap="lg">
          <PageHeader
            title={s.product}
            subtitle={[s.vendor, s.versionLabel].filter(Boolean).join(' · ')}
            crumbs={[{ label: t('software.title'), to: paths.list(tenantId, 'software') }]}
            actions={
              <>
                <EditButton to={paths.edit(tenantId, 'software', s.id)} />
                <ConfirmDeleteButton
                  subject={`${t('software.one')} ${s.product}`}
                  onConfirm={remove}
                  loading={deleting.loading}
                />
              </>
            }
          />
          <Paper withBorder p="lg">
            <DetailFields
              fields={[
                { label: t('fields.vendor'), value: s.vendor },
                { label: t('software.fields.versionLabel'), value: s.versionLabel },
                { label: t('software.fields.licence'), value: s.licence },
                { label: t('software.fields.delivery'), value: label(SOFTWARE_DELIVERY_LABELS, s.delivery) },
                { label: t('software.fields.replacedBy'), value: s.replacedBy },
                { label: t('fields.updatedAt'), value: format.dateTime(s.updatedAt) },
              ]}
            />
          </Paper>
          <PersonLinks
            tenantId={tenantId}
            title={t('software.usedBy', { count: s.persons.length })}
            emptyText={t('software.noPersons')}
            persons={s.persons}
          />
          <ChangeHistory objectType="SOFTWARE" objectId={id} />
        </Stack>
      )}
    </QueryState>
  );
}
