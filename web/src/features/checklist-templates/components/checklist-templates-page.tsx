import { Anchor, Badge, Button, Stack, Text } from '@mantine/core';
import { DataTable } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorMessage } from '../../../components/error-message';
import { PageHeader } from '../../../components/page-header';
import { AA_GREEN } from '../../../components/status-colors';
import { useChecklistTemplatesQuery, type ChecklistTemplateFieldsFragment } from '../../../generated/graphql';
import { describeError } from '../../../lib/graphql-errors';
import { paths } from '../../../lib/paths';
import { usePermissions } from '../../../lib/session';
import { usePageTitle } from '../../../lib/use-page-title';

/** The Verwaltung's checklist templates, the default first; admins and project managers edit them. */
export function ChecklistTemplatesPage() {
  const { t } = useTranslation();
  const { tenantId = '' } = useParams();
  const { can } = usePermissions();
  usePageTitle(t('checklistTemplates.title'));
  const { data, loading, error } = useChecklistTemplatesQuery({ variables: { tenantId } });
  const rows = data?.checklistTemplates;

  return (
    <Stack gap="md">
      <PageHeader
        title={t('checklistTemplates.title')}
        actions={
          can('checklists.write') && (
            <Button component={Link} to={paths.newChecklistTemplate(tenantId)}>
              {t('checklistTemplates.actions.create')}
            </Button>
          )
        }
      />
      <Text>{t('checklistTemplates.intro')}</Text>
      {error && !rows && <ErrorMessage info={describeError(error)} />}
      <DataTable<ChecklistTemplateFieldsFragment>
        aria-label={t('checklistTemplates.tableLabel')}
        withTableBorder
        borderRadius="sm"
        striped
        minHeight={rows && rows.length > 0 ? undefined : 160}
        records={rows ?? []}
        fetching={loading && !rows}
        noRecordsText={t('checklistTemplates.empty')}
        columns={[
          {
            accessor: 'name',
            title: t('checklistTemplates.fields.name'),
            render: (r) => (
              <Anchor component={Link} to={paths.checklistTemplate(tenantId, r.id)} fw={700}>
                {r.name}
              </Anchor>
            ),
          },
          {
            accessor: 'isDefault',
            title: t('checklistTemplates.fields.isDefault'),
            render: (r) =>
              r.isDefault ? (
                <Badge color={AA_GREEN} variant="filled">
                  {t('checklistTemplates.default')}
                </Badge>
              ) : (
                ''
              ),
          },
          {
            accessor: 'steps',
            title: t('checklistTemplates.fields.stepCount'),
            textAlign: 'right',
            render: (r) =>
              t('checklistTemplates.stepCount', {
                count: r.steps.length,
                required: r.steps.filter((s) => s.required).length,
              }),
          },
          { accessor: 'locationCount', title: t('checklistTemplates.fields.locationCount'), textAlign: 'right' },
        ]}
      />
    </Stack>
  );
}
