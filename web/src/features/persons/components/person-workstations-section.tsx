import { Anchor, Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  PersonDocument,
  useAssignWorkstationPersonMutation,
  useUnassignWorkstationPersonMutation,
  useWorkstationOptionsQuery,
  type PersonMappingsFragment,
} from '../../../generated/graphql';
import { paths } from '../../../lib/paths';
import { useMappingAction } from '../hooks/use-mapping-action';
import { useOptionSearch } from '../hooks/use-option-search';
import { AssignPicker } from './assign-picker';
import { MappingSection, RemoveButton } from './mapping-section';

type Row = PersonMappingsFragment['workstations'][number];

export function PersonWorkstationsSection({ tenantId, person }: { tenantId: string; person: PersonMappingsFragment }) {
  const { t } = useTranslation();
  const act = useMappingAction();
  const options = useOptionSearch();
  const [selected, setSelected] = useState<string | null>(null);
  const { data, loading } = useWorkstationOptionsQuery({ variables: { tenantId, search: options.query } });
  // These mutations return the workstation, so the person is read again to show the change.
  const refetch = {
    refetchQueries: [{ query: PersonDocument, variables: { id: person.id } }],
    awaitRefetchQueries: true,
  };
  const [assign, assigning] = useAssignWorkstationPersonMutation(refetch);
  const [unassign] = useUnassignWorkstationPersonMutation(refetch);
  const assigned = new Set(person.workstations.map((row) => row.id));
  const choices = (data?.workstations.items ?? [])
    .filter((item) => !assigned.has(item.id))
    .map((item) => ({ value: item.id, label: [item.name, item.room, item.location.name].filter(Boolean).join(' · ') }));

  const add = async () => {
    if (!selected) return;
    const name = choices.find((choice) => choice.value === selected)?.label ?? '';
    const ok = await act(
      () => assign({ variables: { personId: person.id, workstationId: selected } }),
      t('mappings.assigned', { name }),
    );
    if (ok) setSelected(null);
  };

  return (
    <MappingSection<Row>
      id="person-workstations"
      title={t('mappings.workstations.title')}
      emptyText={t('mappings.workstations.empty')}
      records={person.workstations}
      idAccessor={(row) => row.id}
      columns={[
        {
          accessor: 'name',
          title: t('workstations.fields.name'),
          render: (row) => (
            <Anchor component={Link} to={paths.detail(tenantId, 'workstations', row.id)}>
              {row.name}
            </Anchor>
          ),
        },
        { accessor: 'room', title: t('fields.room'), render: (row) => row.room ?? '' },
        {
          accessor: 'actions',
          title: t('mappings.actions'),
          textAlign: 'right',
          render: (row) => (
            <RemoveButton
              name={row.name}
              onClick={() =>
                void act(
                  () => unassign({ variables: { personId: person.id, workstationId: row.id } }),
                  t('mappings.unassigned', { name: row.name }),
                )
              }
            />
          ),
        },
      ]}
      addForm={
        <>
          <AssignPicker
            label={t('mappings.workstations.add')}
            options={choices}
            loading={loading}
            onSearchChange={options.setSearch}
            value={selected}
            onChange={setSelected}
          />
          <Button onClick={() => void add()} disabled={!selected} loading={assigning.loading}>
            {t('actions.assign')}
          </Button>
        </>
      }
    />
  );
}
