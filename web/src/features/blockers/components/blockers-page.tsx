import { Badge, Button, Group, Paper, SegmentedControl, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { BLOCKER_OBJECT_TYPE_LABELS } from '@schaltplan/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { LocationFilter } from '../../../components/location-filter';
import { PageHeader } from '../../../components/page-header';
import { QueryState } from '../../../components/query-state';
import { useBlockersQuery, type BlockerFieldsFragment } from '../../../generated/graphql';
import { useEnumLabel } from '../../../lib/labels';
import { usePermissions } from '../../../lib/session';
import { BlockerFormModal } from './blocker-form-modal';
import { BlockerStateButton } from './blocker-state-button';

type StateFilter = 'open' | 'closed' | 'all';

// Badge text is small: these reach 4.5:1 with white text (Mantine's red/green shades do not).
const OPEN_RED = '#b71c1c';
const CLOSED_GREEN = '#1b5e20';

/** "Blocker" of a Verwaltung: open ones by default, filterable by Standort. */
export function BlockersPage() {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const { can } = usePermissions();
  const { tenantId = '' } = useParams();
  const [state, setState] = useState<StateFilter>('open');
  // ?standort=… comes from a location's "offene Blocker" link.
  const [searchParams] = useSearchParams();
  const [locationId, setLocationId] = useState<string | null>(searchParams.get('standort'));
  // null: closed; 'new': the create form; otherwise the blocker being edited.
  const [editing, setEditing] = useState<BlockerFieldsFragment | 'new' | null>(null);
  const { data, loading, error, refetch } = useBlockersQuery({
    variables: { tenantId, locationId, open: state === 'all' ? null : state === 'open' },
    fetchPolicy: 'cache-and-network',
  });
  const items = data?.blockers.items ?? [];
  const writable = can('blockers.write');
  const reload = () => refetch();

  return (
    <Stack gap="md">
      <PageHeader
        title={t('blockers.title')}
        subtitle={t('blockers.subtitle')}
        actions={writable && <Button onClick={() => setEditing('new')}>{t('blockers.create')}</Button>}
      />
      <Group align="flex-end" role="group" aria-label={t('list.filterRegion', { title: t('blockers.title') })}>
        <Stack gap={4}>
          <Text size="sm" fw={500} id="blocker-state-filter">
            {t('blockers.show')}
          </Text>
          <SegmentedControl
            aria-labelledby="blocker-state-filter"
            value={state}
            onChange={(value) => setState(value)}
            data={[
              { value: 'open', label: t('blockers.filter.open') },
              { value: 'closed', label: t('blockers.filter.closed') },
              { value: 'all', label: t('blockers.filter.all') },
            ]}
          />
        </Stack>
        <LocationFilter tenantId={tenantId} value={locationId} onChange={setLocationId} />
      </Group>
      <QueryState loading={loading} error={error} data={data?.blockers}>
        {() => (
          <Paper withBorder>
            {items.length === 0 ? (
              <Text p="md" c="dimmed">
                {t('blockers.empty')}
              </Text>
            ) : (
              <Table.ScrollContainer minWidth={760}>
                <Table verticalSpacing="sm" aria-label={t('blockers.title')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('blockers.fields.title')}</Table.Th>
                      <Table.Th>{t('blockers.fields.location')}</Table.Th>
                      <Table.Th>{t('blockers.fields.objectType')}</Table.Th>
                      <Table.Th>{t('blockers.fields.owner')}</Table.Th>
                      <Table.Th>{t('blockers.fields.state')}</Table.Th>
                      <Table.Th>
                        <VisuallyHidden>{t('blockers.actions')}</VisuallyHidden>
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {items.map((b) => (
                      <Table.Tr key={b.id}>
                        <Table.Td>
                          <Text fw={600}>{b.title}</Text>
                          {b.description && (
                            <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                              {b.description}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>{b.location?.name ?? '–'}</Table.Td>
                        <Table.Td>
                          {b.objectType && b.objectType !== 'LOCATION'
                            ? `${label(BLOCKER_OBJECT_TYPE_LABELS, b.objectType)}: ${b.objectLabel ?? '–'}`
                            : '–'}
                        </Table.Td>
                        <Table.Td>{b.owner ?? '–'}</Table.Td>
                        <Table.Td>
                          <Badge color={b.open ? OPEN_RED : CLOSED_GREEN} variant="filled" tt="none">
                            {b.open ? t('blockers.state.open') : t('blockers.state.closed')}
                          </Badge>
                        </Table.Td>
                        <Table.Td>
                          {writable && (
                            <Group gap="xs" justify="flex-end" wrap="nowrap">
                              <BlockerStateButton blocker={b} onChanged={reload} />
                              <Button
                                size="xs"
                                variant="default"
                                aria-label={t('blockers.editFor', { title: b.title })}
                                onClick={() => setEditing(b)}
                              >
                                {t('blockers.edit')}
                              </Button>
                            </Group>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Paper>
        )}
      </QueryState>
      {editing && (
        <BlockerFormModal
          key={editing === 'new' ? 'new' : editing.id}
          tenantId={tenantId}
          item={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onSaved={reload}
        />
      )}
    </Stack>
  );
}
