import { Anchor, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { PRINTER_KIND_LABELS } from '@schaltplan/domain';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ConfirmDeleteButton } from '../../../components/confirm-delete-button';
import { DetailFields } from '../../../components/detail-fields';
import { PageHeader } from '../../../components/page-header';
import { QueryState } from '../../../components/query-state';
import { useDeletePrinterMutation, usePrinterQuery } from '../../../generated/graphql';
import { useFormat } from '../../../lib/format';
import { useEnumLabel } from '../../../lib/labels';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { paths } from '../../../lib/paths';
import { usePageTitle } from '../../../lib/use-page-title';
import { useErrorText } from '../../../components/error-message';
import { describeError } from '../../../lib/graphql-errors';

export function PrinterDetailPage() {
  const { t } = useTranslation();
  const { tenantId = '', id = '' } = useParams();
  const navigate = useNavigate();
  const label = useEnumLabel();
  const format = useFormat();
  const errorText = useErrorText();
  const { data, loading, error } = usePrinterQuery({ variables: { id } });
  const [deletePrinter, deleting] = useDeletePrinterMutation();
  const printer = data?.printer;
  usePageTitle(printer ? `${t('printers.one')} ${printer.name}` : t('printers.one'));

  const remove = async () => {
    if (!printer) return;
    try {
      await deletePrinter({
        variables: { id: printer.id, version: printer.version },
        update: (cache) => {
          cache.evict({ id: cache.identify({ __typename: 'Printer', id: printer.id }) });
          cache.gc();
        },
      });
      notifySuccess(t('printers.deleted', { name: printer.name }));
      void navigate(paths.list(tenantId, 'printers'));
    } catch (caught) {
      notifyError(errorText(describeError(caught)), t('errors.notDeleted'));
    }
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
                <Button component={Link} to={paths.edit(tenantId, 'printers', p.id)}>
                  {t('actions.edit')}
                </Button>
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
                { label: t('printers.fields.targetQueue'), value: p.targetQueue },
                { label: t('fields.updatedAt'), value: format.dateTime(p.updatedAt) },
              ]}
            />
          </Paper>
          <Paper withBorder p="lg">
            <Title order={2} size="h3" mb="sm">
              {t('printers.usedBy', { count: p.persons.length })}
            </Title>
            {p.persons.length === 0 ? (
              <Text c="dimmed">{t('printers.noPersons')}</Text>
            ) : (
              <List>
                {p.persons.map((person) => (
                  <List.Item key={person.id}>
                    <Group gap="xs">
                      <Anchor component={Link} to={paths.detail(tenantId, 'persons', person.id)}>
                        {person.displayName}
                      </Anchor>
                      <Text span c="dimmed" size="sm">
                        ({person.accountName})
                      </Text>
                    </Group>
                  </List.Item>
                ))}
              </List>
            )}
          </Paper>
        </Stack>
      )}
    </QueryState>
  );
}
