import { Code, Paper, Table, Text, Title } from '@mantine/core';
import { PROVISIONING_CSV_COLUMNS, PROVISIONING_ROW_KIND_LABELS } from '@schaltplan/domain';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../../../lib/labels';

/** The CSV's columns (packages/domain), so whoever sets up the build tools knows what each one holds. */
export function CsvColumnsTable() {
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  const language = i18n.language === 'en' ? 'en' : 'de';

  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="xs">
        {t('provisioning.columns.heading')}
      </Title>
      <Text size="sm" mb="sm">
        {t('provisioning.columns.intro')}
      </Text>
      <Table.ScrollContainer minWidth={640}>
        <Table withTableBorder verticalSpacing="xs" aria-label={t('provisioning.columns.heading')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('provisioning.columns.key')}</Table.Th>
              <Table.Th>{t('provisioning.columns.meaning')}</Table.Th>
              <Table.Th>{t('provisioning.columns.kinds')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {PROVISIONING_CSV_COLUMNS.map((column) => (
              <Table.Tr key={column.key}>
                <Table.Td>
                  <Code>{column.key}</Code>
                </Table.Td>
                <Table.Td>{column.label[language]}</Table.Td>
                <Table.Td>
                  {column.kinds === 'ALL'
                    ? t('provisioning.columns.allRows')
                    : column.kinds.map((kind) => `${label(PROVISIONING_ROW_KIND_LABELS, kind)} (${kind})`).join(', ')}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
