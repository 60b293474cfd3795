import { Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportRunFieldsFragment } from '../../../generated/graphql';
import { useFormat } from '../../../lib/format';

type Counts = NonNullable<ImportRunFieldsFragment['counts']>;
type CountKey = Exclude<keyof Counts, '__typename'>;

/** The result as tiles: neu · geändert · unverändert · Fehler · übersprungen · nicht in Datei (· gekennzeichnet). */
export function RunCounts({ counts, withMarked = false }: { counts: Counts; withMarked?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const keys: CountKey[] = ['created', 'changed', 'unchanged', 'errors', 'skipped', 'missing'];
  if (withMarked) keys.push('marked');
  return (
    <div>
      <Title order={3} mb="xs">
        {t('imports.counts.heading')}
      </Title>
      <SimpleGrid component="ul" cols={{ base: 2, sm: 3, lg: keys.length }} m={0} p={0} style={{ listStyle: 'none' }}>
        {keys.map((key) => (
          <li key={key}>
            <Paper withBorder p="sm" bg={key === 'errors' && counts.errors > 0 ? 'red.0' : undefined}>
              <Text
                span
                display="block"
                fz={28}
                fw={700}
                lh={1.2}
                c={key === 'errors' && counts.errors > 0 ? 'red.9' : undefined}
              >
                {format.number(counts[key])}
              </Text>
              <Text span display="block" size="sm">
                {t(`imports.counts.${key}`)}
              </Text>
            </Paper>
          </li>
        ))}
      </SimpleGrid>
    </div>
  );
}
