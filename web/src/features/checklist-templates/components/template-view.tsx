import { Badge, Paper, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/page-header';
import type { ChecklistTemplateFieldsFragment } from '../../../generated/graphql';
import { paths } from '../../../lib/paths';
import { usePageTitle } from '../../../lib/use-page-title';

/** A template for roles that may not edit it: the steps in order. */
export function TemplateView({ tenantId, template }: { tenantId: string; template: ChecklistTemplateFieldsFragment }) {
  const { t } = useTranslation();
  usePageTitle(template.name);
  const yes = t('common.yes');
  const no = t('common.no');
  return (
    <Stack gap="md">
      <PageHeader
        title={template.name}
        subtitle={template.isDefault ? t('checklistTemplates.default') : undefined}
        crumbs={[{ label: t('checklistTemplates.title'), to: paths.checklistTemplates(tenantId) }]}
      />
      <Paper withBorder p="md" maw={900}>
        <Table aria-label={t('checklistTemplates.fields.steps')} striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={40}>#</Table.Th>
              <Table.Th>{t('checklistTemplates.fields.label')}</Table.Th>
              <Table.Th>{t('checklistTemplates.fields.required')}</Table.Th>
              <Table.Th>{t('checklistTemplates.fields.needsEvidence')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...template.steps]
              .sort((a, b) => a.position - b.position)
              .map((s) => (
                <Table.Tr key={s.position}>
                  <Table.Td>{s.position}</Table.Td>
                  <Table.Td>{s.label}</Table.Td>
                  <Table.Td>{s.required ? <Badge variant="light">{yes}</Badge> : <Text size="sm">{no}</Text>}</Table.Td>
                  <Table.Td>{s.needsEvidence ? yes : no}</Table.Td>
                </Table.Tr>
              ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  );
}
