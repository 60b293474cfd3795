import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { LOCATION_KIND_LABELS, TENANT_KIND_LABELS } from '@schaltplan/domain';
import { DataTable } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ConfirmDeleteButton } from '../../../components/confirm-delete-button';
import { EditButton } from '../../../components/edit-button';
import { CountsSummary } from '../../../components/counts-summary';
import { DetailFields } from '../../../components/detail-fields';
import { useErrorText } from '../../../components/error-message';
import { PageHeader } from '../../../components/page-header';
import { ChangeHistory } from '../../../components/change-history';
import { QueryState } from '../../../components/query-state';
import { CommitteeReportButton } from '../../../components/report-links';
import { useDeleteTenantMutation, useTenantQuery } from '../../../generated/graphql';
import { useFormat } from '../../../lib/format';
import { describeError } from '../../../lib/graphql-errors';
import { useEnumLabel } from '../../../lib/labels';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { paths } from '../../../lib/paths';
import { usePermissions } from '../../../lib/session';
import { usePageTitle } from '../../../lib/use-page-title';

export function TenantOverviewPage() {
  const { t } = useTranslation();
  const { tenantId = '' } = useParams();
  const navigate = useNavigate();
  const label = useEnumLabel();
  const format = useFormat();
  const errorText = useErrorText();
  const { can } = usePermissions();
  const { data, loading, error } = useTenantQuery({ variables: { id: tenantId } });
  const [deleteTenant, deleting] = useDeleteTenantMutation();
  const tenant = data?.tenant;
  usePageTitle(tenant?.name ?? t('tenants.one'));

  const remove = async () => {
    if (!tenant) return;
    try {
      await deleteTenant({
        variables: { id: tenant.id, version: tenant.version },
        update: (cache) => {
          cache.evict({ id: cache.identify({ __typename: 'Tenant', id: tenant.id }) });
          cache.gc();
        },
      });
      notifySuccess(t('tenants.deleted', { name: tenant.name }));
      void navigate(paths.home());
    } catch (caught) {
      notifyError(errorText(describeError(caught)), t('errors.notDeleted'));
    }
  };

  return (
    <QueryState loading={loading} error={error} data={tenant}>
      {(v) => (
        <Stack gap="lg">
          <PageHeader
            title={v.name}
            subtitle={label(TENANT_KIND_LABELS, v.kind)}
            actions={
              <>
                <CommitteeReportButton tenantId={v.id} />
                <EditButton to={paths.editTenant(v.id)} permission="tenant.update" />
                <ConfirmDeleteButton
                  permission="tenant.manage"
                  subject={`${t('tenants.one')} ${v.name}`}
                  onConfirm={remove}
                  loading={deleting.loading}
                />
              </>
            }
          />
          {can('confirmations.decide') && (
            <Alert color="blue" variant="light" title={t('todo.title')}>
              <Group justify="space-between">
                <Text size="sm">{t('todo.overviewHint')}</Text>
                <Button component={Link} to={paths.openTasks(v.id)}>
                  {t('todo.title')}
                </Button>
              </Group>
            </Alert>
          )}
          <section aria-labelledby="tenant-inventory">
            <Title order={2} size="h3" mb="sm" id="tenant-inventory">
              {t('tenants.inventory')}
            </Title>
            <CountsSummary counts={v.counts} linkTo={(object) => paths.list(v.id, object)} />
          </section>
          <section aria-labelledby="tenant-locations">
            <Title order={2} size="h3" mb="sm" id="tenant-locations">
              {t('tenants.locationsTitle')}
            </Title>
            <DataTable
              aria-label={t('tenants.locationsTableLabel')}
              withTableBorder
              striped
              minHeight={v.locations.length === 0 ? 150 : undefined}
              noRecordsText={t('list.empty')}
              records={v.locations}
              columns={[
                {
                  accessor: 'name',
                  title: t('locations.fields.name'),
                  render: (row) => (
                    <Anchor component={Link} to={paths.detail(v.id, 'locations', row.id)} fw={600}>
                      {row.name}
                    </Anchor>
                  ),
                },
                {
                  accessor: 'kind',
                  title: t('locations.fields.kind'),
                  render: (row) => label(LOCATION_KIND_LABELS, row.kind),
                },
                { accessor: 'city', title: t('locations.fields.city') },
                ...(['persons', 'workstations', 'printers', 'fileShares'] as const).map((key) => ({
                  accessor: `counts.${key}`,
                  title: t(`counts.${key}`),
                  textAlign: 'right' as const,
                  render: (row: (typeof v.locations)[number]) => format.number(row.counts[key]),
                })),
              ]}
            />
          </section>
          <Paper withBorder p="lg" component="section" aria-labelledby="tenant-facts">
            <Title order={2} size="h3" mb="sm" id="tenant-facts">
              {t('tenants.facts')}
            </Title>
            <DetailFields
              fields={[
                { label: t('tenants.fields.kind'), value: label(TENANT_KIND_LABELS, v.kind) },
                { label: t('tenants.fields.ags'), value: v.ags },
                { label: t('tenants.fields.inhabitants'), value: format.number(v.inhabitants) },
                {
                  label: t('tenants.fields.memberMunicipalities'),
                  value: v.memberMunicipalities.join(', '),
                  wide: true,
                },
                { label: t('fields.updatedAt'), value: format.dateTime(v.updatedAt) },
              ]}
            />
          </Paper>
          <ChangeHistory objectType="TENANT" objectId={tenantId} />
        </Stack>
      )}
    </QueryState>
  );
}
