import { Paper, Stack } from '@mantine/core';
import { PRINTER_KIND_LABELS } from '@schaltplan/domain';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ConfirmDeleteButton } from '../../../components/confirm-delete-button';
import { EditButton } from '../../../components/edit-button';
import { DetailFields } from '../../../components/detail-fields';
import { PageHeader } from '../../../components/page-header';
import { PersonLinks } from '../../../components/person-links';
import { ChangeHistory } from '../../../components/change-history';
import { QueryState } from '../../../components/query-state';
import { useDeletePrinterMutation, usePrinterQuery } from '../../../generated/graphql';
import { useFormat } from '../../../lib/format';
import { useEnumLabel } from '../../../lib/labels';
import { paths } from '../../../lib/paths';
import { usePageTitle } from '../../../lib/use-page-title';
import { useDeleteAction } from '../../../components/use-delete-action';

export function PrinterDetailPage() {
  const { t } = useTranslation();
  const { tenantId = '', id = '' } = useParams();
  const label = useEnumLabel();
  const format = useFormat();
  const deleteAction = useDeleteAction();
  const { data, loading, error } = usePrinterQuery({ variables: { id } });
  const [deletePrinter, deleting] = useDeletePrinterMutation();
  const printer = data?.printer;
  usePageTitle(printer ? `${t('printers.one')} ${printer.name}` : t('printers.one'));

  const remove = async () => {
    if (!printer) return;
    await deleteAction({
      run: () => deletePrinter({ variables: { id: printer.id, version: printer.version } }),
      typename: 'Printer',
      id: printer.id,
      successText: t('printers.deleted', { name: printer.name }),
      leaveTo: paths.list(tenantId, 'printers'),
    });
  };

  return (
    <QueryState loading={loading} error={error} data={printer}>
      {(p) => (
        <Stack gap="lg">
          <PageHeader
            title={p.name}
            subtitle={label(PRINTER_KIND_LABELS, p.kind)}
            crumbs={[
              { label: t('printers.title'), to: paths.list(tenantId, 'printers') },
              { label: p.location.name, to: paths.locationList(tenantId, p.location.id, 'printers') },
            ]}
            actions={
              <>
                <EditButton to={paths.edit(tenantId, 'printers', p.id)} />
                <ConfirmDeleteButton
                  subject={`${t('printers.one')} ${p.name}`}
                  onConfirm={remove}
                  loading={deleting.loading}
                />
              </>
            }
          />
          <Paper withBorder p="lg">
            <DetailFields
              fields={[
                { label: t('fields.location'), value: p.location.name },
                { label: t('fields.room'), value: p.room },
                { label: t('printers.fields.model'), value: p.model },
                { label: t('printers.fields.address'), value: p.address },
                { label: t('printers.fields.shareName'), value: p.shareName },
                { label: t('printers.fields.targetQueue'), value: p.targetQueue },
                { label: t('fields.notes'), value: p.notes },
                { label: t('fields.updatedAt'), value: format.dateTime(p.updatedAt) },
              ]}
            />
          </Paper>
          <PersonLinks
            tenantId={tenantId}
            title={t('printers.usedBy', { count: p.persons.length })}
            emptyText={t('printers.noPersons')}
            persons={p.persons}
          />
          <ChangeHistory objectType="PRINTER" objectId={id} />
        </Stack>
      )}
    </QueryState>
  );
}
