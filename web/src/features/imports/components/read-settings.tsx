import { Group, NumberInput, Select, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CsvDelimiter, FileEncoding, ImportFileAnalysisQuery } from '../../../generated/graphql';
import type { ReadOverrides } from '../hooks/use-import-wizard';

type Analysis = ImportFileAnalysisQuery['importFileAnalysis'];

const ENCODINGS: FileEncoding[] = ['UTF8', 'WINDOWS_1252', 'UTF16LE'];
const DELIMITERS: CsvDelimiter[] = ['SEMICOLON', 'COMMA', 'TAB'];

/** What was detected (sheet, encoding, delimiter, header row), each changeable; a change reads the file again. */
export function ReadSettings({
  analysis,
  read,
  onChange,
}: {
  analysis: Analysis;
  read: ReadOverrides;
  onChange: (next: ReadOverrides) => void;
}) {
  const { t } = useTranslation();
  const isCsv = analysis.format === 'CSV';
  return (
    <Stack gap="xs">
      <Title order={3}>{t('imports.read.heading')}</Title>
      <Text size="sm">{t('imports.read.intro')}</Text>
      <Text size="sm" c="dimmed">
        {t('imports.read.format', { format: analysis.format })}
        {analysis.bom ? ` · ${t('imports.read.bom')}` : ''}
      </Text>
      <Group align="flex-start" gap="md">
        {analysis.sheets.length > 0 && (
          <Select
            label={t('imports.read.sheet')}
            data={analysis.sheets}
            value={analysis.sheet}
            onChange={(sheet) => onChange({ ...read, sheet, headerRow: null })}
            allowDeselect={false}
            w={240}
          />
        )}
        {isCsv && (
          <Select
            label={t('imports.read.encoding')}
            data={ENCODINGS.map((value) => ({ value, label: t(`imports.read.encodings.${value}`) }))}
            value={analysis.encoding}
            onChange={(encoding) => onChange({ ...read, encoding: encoding })}
            allowDeselect={false}
            w={280}
          />
        )}
        {isCsv && (
          <Select
            label={t('imports.read.delimiter')}
            data={DELIMITERS.map((value) => ({ value, label: t(`imports.read.delimiters.${value}`) }))}
            value={analysis.delimiter}
            onChange={(delimiter) => onChange({ ...read, delimiter: delimiter })}
            allowDeselect={false}
            w={200}
          />
        )}
        <NumberInput
          label={t('imports.read.headerRow')}
          description={t('imports.read.headerRowHint')}
          value={analysis.headerRow}
          min={1}
          max={1000}
          allowDecimal={false}
          allowNegative={false}
          // Read again only for a complete number; an emptied field keeps the detected row.
          onChange={(value) => {
            if (typeof value === 'number' && value >= 1) onChange({ ...read, headerRow: value });
          }}
          w={260}
        />
      </Group>
    </Stack>
  );
}
