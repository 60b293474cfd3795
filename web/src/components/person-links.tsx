import { Anchor, List, Paper, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '../lib/paths';

interface PersonLinksProps {
  tenantId: string;
  title: string;
  emptyText: string;
  persons: { id: string; displayName: string; accountName?: string }[];
}

/** "Who uses this?" — the persons mapped to a printer, share, software or Fachverfahren. */
export function PersonLinks({ tenantId, title, emptyText, persons }: PersonLinksProps) {
  return (
    <Paper withBorder p="lg" component="section" aria-label={title}>
      <Title order={2} size="h3" mb="sm">
        {title}
      </Title>
      {persons.length === 0 ? (
        <Text c="dimmed">{emptyText}</Text>
      ) : (
        <List spacing={4}>
          {persons.map((person) => (
            <List.Item key={person.id}>
              <Anchor component={Link} to={paths.detail(tenantId, 'persons', person.id)}>
                {person.displayName}
              </Anchor>
              {person.accountName && (
                <Text span c="dimmed" size="sm">
                  {' '}
                  ({person.accountName})
                </Text>
              )}
            </List.Item>
          ))}
        </List>
      )}
    </Paper>
  );
}
