import { Paper, Stack } from '@mantine/core';
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
import { useDeleteFileShareMutation, useFileShareQuery } from '../../../generated/graphql';
import { useFormat } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { usePageTitle } from '../../../lib/use-page-title';

export function FileShareDetailPage() {
  const { t } = useTranslation();
  const { tenantId = '', id = '' } = useParams();
  const format = useFormat();
  const deleteAction = useDeleteAction();
  const { data, loading, error } = useFileShareQuery({ variables: { id } });
  const [deleteFileShare, deleting] = useDeleteFileShareMutation();
  const fileShare = data?.fileShare;
  usePageTitle(fileShare ? `${t('fileShares.one')} ${fileShare.uncPath}` : t('fileShares.one'));

  const remove = async () => {
    if (!fileShare) return;
    await deleteAction({
      run: () => deleteFileShare({ variables: { id: fileShare.id, version: fileShare.version } }),
      typename: 'FileShare',
      id: fileShare.id,
      successText: t('fileShares.deleted', { name: fileShare.uncPath }),
      leaveTo: paths.list(tenantId, 'fileShares'),
    });
  };

  return (
    <QueryState loading={loading} error={error} data={fileShare}>
      {(s) => (
        <Stack gap="lg">
          <PageHeader
            title={s.uncPath}
            subtitle={s.location?.name ?? t('fileShares.noLocation')}
            crumbs={[{ label: t('fileShares.title'), to: paths.list(tenantId, 'fileShares') }]}
            actions={
              <>
                <EditButton to={paths.edit(tenantId, 'fileShares', s.id)} />
                <ConfirmDeleteButton
                  subject={`${t('fileShares.one')} ${s.uncPath}`}
                  onConfirm={remove}
                  loading={deleting.loading}
                />
              </>
            }
          />
          <Paper withBorder p="lg">
            <DetailFields
              fields={[
                { label: t('fileShares.fields.uncPath'), value: s.uncPath },
                { label: t('fileShares.fields.driveLetter'), value: s.driveLetter },
                { label: t('fields.location'), value: s.location?.name ?? t('fileShares.noLocation') },
                { label: t('fileShares.fields.sizeGb'), value: format.number(s.sizeGb) },
                { label: t('fileShares.fields.owningDepartment'), value: s.owningDepartment },
                { label: t('fileShares.fields.targetPath'), value: s.targetPath },
                { label: t('fields.updatedAt'), value: format.dateTime(s.updatedAt) },
              ]}
            />
          </Paper>
          <PersonLinks
            tenantId={tenantId}
            title={t('fileShares.usedBy', { count: s.persons.length })}
            emptyText={t('fileShares.noPersons')}
            persons={s.persons}
          />
          <ChangeHistory objectType="FILE_SHARE" objectId={id} />
        </Stack>
      )}
    </QueryState>
  );
}
