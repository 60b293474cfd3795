import { Paper, Stack } from '@mantine/core';
import {
  CRITICALITY_LABELS,
  FACHVERFAHREN_AREA_LABELS,
  FACHVERFAHREN_INTERFACE_LABELS,
  OPERATING_MODE_LABELS,
} from '@schaltplan/domain';
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
import { useDeleteFachverfahrenMutation, useFachverfahrenQuery } from '../../../generated/graphql';
import { useFormat } from '../../../lib/format';
import { useEnumLabel } from '../../../lib/labels';
import { paths } from '../../../lib/paths';
import { usePageTitle } from '../../../lib/use-page-title';

export function FachverfahrenDetailPage() {
  const { t } = useTranslation();
  const { tenantId = '', id = '' } = useParams();
  const format = useFormat();
  const label = useEnumLabel();
  const deleteAction = useDeleteAction();
  const { data, loading, error } = useFachverfahrenQuery({ variables: { id } });
  const [deleteFachverfahren, deleting] = useDeleteFachverfahrenMutation();
  const fachverfahren = data?.fachverfahren;
  usePageTitle(fachverfahren ? `${t('fachverfahren.one')} ${fachverfahren.name}` : t('fachverfahren.one'));

  const remove = async () => {
    if (!fachverfahren) return;
    await deleteAction({
      run: () => deleteFachverfahren({ variables: { id: fachverfahren.id, version: fachverfahren.version } }),
      typename: 'Fachverfahren',
      id: fachverfahren.id,
      successText: t('fachverfahren.deleted', { name: fachverfahren.name }),
      leaveTo: paths.list(tenantId, 'fachverfahren'),
    });
  };

  return (
    <QueryState loading={loading} error={error} data={fachverfahren}>
      {(s) => (
        <Stack gap="lg">
          <PageHeader
            title={s.name}
            subtitle={[label(FACHVERFAHREN_AREA_LABELS, s.area), s.vendor].filter(Boolean).join(' · ')}
            crumbs={[{ label: t('fachverfahren.title'), to: paths.list(tenantId, 'fachverfahren') }]}
            actions={
              <>
                <EditButton to={paths.edit(tenantId, 'fachverfahren', s.id)} />
                <ConfirmDeleteButton
                  subject={`${t('fachverfahren.one')} ${s.name}`}
                  onConfirm={remove}
                  loading={deleting.loading}
                />
              </>
            }
          />
          <Paper withBorder p="lg">
            <DetailFields
              fields={[
                { label: t('fachverfahren.fields.area'), value: label(FACHVERFAHREN_AREA_LABELS, s.area) },
                { label: t('fields.vendor'), value: s.vendor },
                { label: t('fachverfahren.fields.responsibleDepartment'), value: s.responsibleDepartment },
                {
                  label: t('fachverfahren.fields.currentOperation'),
                  value: label(OPERATING_MODE_LABELS, s.currentOperation),
                },
                {
                  label: t('fachverfahren.fields.targetOperation'),
                  value: label(OPERATING_MODE_LABELS, s.targetOperation),
                },
                { label: t('fachverfahren.fields.criticality'), value: label(CRITICALITY_LABELS, s.criticality) },
                {
                  label: t('fachverfahren.fields.crisisRelevant'),
                  value: s.crisisRelevant ? t('common.yes') : t('common.no'),
                },
                {
                  label: t('fachverfahren.fields.personalData'),
                  value: s.personalData ? t('common.yes') : t('common.no'),
                },
                {
                  label: t('fachverfahren.fields.interfaces'),
                  value: s.interfaces.map((item) => label(FACHVERFAHREN_INTERFACE_LABELS, item)).join(', '),
                },
                { label: t('fachverfahren.fields.interfaceNotes'), value: s.interfaceNotes, wide: true },
                { label: t('fields.updatedAt'), value: format.dateTime(s.updatedAt) },
              ]}
            />
          </Paper>
          <PersonLinks
            tenantId={tenantId}
            title={t('fachverfahren.usedBy', { count: s.persons.length })}
            emptyText={t('fachverfahren.noPersons')}
            persons={s.persons}
          />
          <ChangeHistory objectType="FACHVERFAHREN" objectId={id} />
        </Stack>
      )}
    </QueryState>
  );
}
