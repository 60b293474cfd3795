import { Box, SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface DetailField {
  label: string;
  value: ReactNode;
  /** Spans the whole row (long texts). */
  wide?: boolean;
}

/** Read-only facts of an object as a description list; empty values say so in words. */
export function DetailFields({ fields }: { fields: DetailField[] }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" verticalSpacing="sm" m={0}>
      {fields.map((field) => (
        <Box key={field.label} style={field.wide ? { gridColumn: '1 / -1' } : undefined}>
          <Text component="dt" size="sm" fw={600} c="dimmed">
            {field.label}
          </Text>
          <Text component="dd" m={0} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {field.value === null || field.value === undefined || field.value === '' ? (
              <Text span c="dimmed" fs="italic">
                {t('common.notSet')}
              </Text>
            ) : (
              field.value
            )}
          </Text>
        </Box>
      ))}
    </SimpleGrid>
  );
}
