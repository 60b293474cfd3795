import { Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The first rows as the import reads them, so a wrong delimiter or encoding is visible at once. */
export function PreviewTable({
  headers,
  rows,
  rowNumbers,
}: {
  headers: readonly string[];
  rows: readonly (readonly string[])[];
  /** The rows' numbers as the spreadsheet (and the error list) shows them. */
  rowNumbers: readonly number[];
}) {
  const { t } = useTranslation();
  return (
    <div>
      <Title order={3} mb="xs">
        {t('imports.preview.heading')}
      </Title>
      {rows.length === 0 ? (
        <Text size="sm">{t('imports.preview.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={400} maxHeight={320}>
          <Table striped withTableBorder withColumnBorders aria-label={t('imports.preview.tableLabel')} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('imports.preview.row')}</Table.Th>
                {headers.map((header, i) => (
                  <Table.Th key={i}>{header || t('imports.mapping.emptyHeader', { index: i + 1 })}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row, r) => (
                <Table.Tr key={r}>
                  <Table.Td>{rowNumbers[r] ?? ''}</Table.Td>
                  {headers.map((_, c) => (
                    <Table.Td key={c}>{row[c] ?? ''}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </div>
  );
}
