import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../lib/format';
import type { InventoryObject } from '../lib/paths';

export type CountKey = InventoryObject;
export type Counts = Partial<Record<CountKey, number>>;

const ORDER: CountKey[] = [
  'locations',
  'persons',
  'workstations',
  'printers',
  'software',
  'fileShares',
  'fachverfahren',
];

/** The inventory at a glance: one tile per object type ("430 Personen"), each linking to its list. */
export function CountsSummary({ counts, linkTo }: { counts: Counts; linkTo?: (object: CountKey) => string }) {
  const { t } = useTranslation();
  const format = useFormat();
  // A fixed order, and only known keys (the cache adds __typename to the object).
  const entries = ORDER.filter((key) => typeof counts[key] === 'number');
  return (
    <SimpleGrid
      component="ul"
      cols={{ base: 2, sm: 4, lg: entries.length > 4 ? 7 : 4 }}
      m={0}
      p={0}
      style={{ listStyle: 'none' }}
    >
      {entries.map((key) => {
        const content = (
          <>
            <Text span display="block" fz={28} fw={700} lh={1.2}>
              {format.number(counts[key])}
            </Text>
            <Text span display="block" size="sm" c="dimmed">
              {t(`counts.${key}`)}
            </Text>
          </>
        );
        return (
          <li key={key}>
            {linkTo ? (
              <Paper
                withBorder
                p="sm"
                component={Link}
                to={linkTo(key)}
                style={{ display: 'block', color: 'inherit', textDecoration: 'none' }}
              >
                {content}
              </Paper>
            ) : (
              <Paper withBorder p="sm">
                {content}
              </Paper>
            )}
          </li>
        );
      })}
    </SimpleGrid>
  );
}
