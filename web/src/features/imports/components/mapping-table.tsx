import { Select, Table, Text, Title } from '@mantine/core';
import { IMPORT_SPECS, type ImportTarget } from '@schaltplan/domain';
import { useTranslation } from 'react-i18next';
import { useImportLabels } from '../hooks/use-import-labels';

/** Select needs a value for "nicht übernehmen"; no field is called like this. */
const IGNORE = '__ignore__';

/**
 * One row per file column with a Select of the target's fields. A field already used by
 * another column is disabled, so nothing can be mapped twice.
 */
export function MappingTable(props: {
  target: ImportTarget;
  headers: readonly string[];
  sample: readonly string[] | undefined;
  mapping: readonly (string | null)[];
  onChange: (header: string, field: string | null) => void;
}) {
  const { t } = useTranslation();
  const labels = useImportLabels();
  const spec = IMPORT_SPECS[props.target];
  const required = (field: string) => spec.mustMap.includes(field);
  const headerName = (header: string, i: number) => header || t('imports.mapping.emptyHeader', { index: i + 1 });

  return (
    <div>
      <Title order={3} mb="xs">
        {t('imports.mapping.heading')}
      </Title>
      <Text size="sm" mb="sm">
        {t('imports.mapping.intro')}
      </Text>
      <Table.ScrollContainer minWidth={500}>
        <Table withTableBorder aria-label={t('imports.mapping.tableLabel')} verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('imports.mapping.column')}</Table.Th>
              <Table.Th>{t('imports.mapping.example')}</Table.Th>
              <Table.Th>{t('imports.mapping.field')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {props.headers.map((header, i) => {
              const current = props.mapping[i] ?? null;
              const data = [
                { value: IGNORE, label: t('imports.mapping.ignore') },
                ...spec.columns.map((column) => ({
                  value: column.field,
                  label: `${labels.field(props.target, column.field)}${required(column.field) ? ' *' : ''}`,
                  disabled: column.field !== current && props.mapping.includes(column.field),
                })),
              ];
              return (
                <Table.Tr key={i}>
                  <Table.Td fw={500}>{headerName(header, i)}</Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed" lineClamp={1} maw={260}>
                      {props.sample?.[i] ?? ''}
                    </Text>
                  </Table.Td>
                  <Table.Td miw={240}>
                    <Select
                      aria-label={t('imports.mapping.selectLabel', { header: headerName(header, i) })}
                      data={data}
                      value={current ?? IGNORE}
                      onChange={(value) => props.onChange(header, value && value !== IGNORE ? value : null)}
                      allowDeselect={false}
                      comboboxProps={{ withinPortal: true }}
                    />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </div>
  );
}
