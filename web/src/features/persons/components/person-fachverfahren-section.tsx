import { Anchor, Button } from '@mantine/core';
import { FACHVERFAHREN_AREA_LABELS } from '@schaltplan/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  useAssignFachverfahrenMutation,
  useFachverfahrenOptionsQuery,
  useUnassignFachverfahrenMutation,
  type PersonMappingsFragment,
} from '../../../generated/graphql';
import { useEnumLabel } from '../../../lib/labels';
import { paths } from '../../../lib/paths';
import { useMappingAction } from '../hooks/use-mapping-action';
import { useOptionSearch } from '../hooks/use-option-search';
import { AssignPicker } from './assign-picker';
import { MappingSection, RemoveButton } from './mapping-section';

type Row = PersonMappingsFragment['fachverfahren'][number];

export function PersonFachverfahrenSection({ tenantId, person }: { tenantId: string; person: PersonMappingsFragment }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const act = useMappingAction();
  const options = useOptionSearch();
  const [selected, setSelected] = useState<string | null>(null);
  const { data, loading } = useFachverfahrenOptionsQuery({ variables: { tenantId, search: options.query } });
  const [assign, assigning] = useAssignFachverfahrenMutation();
  const [unassign] = useUnassignFachverfahrenMutation();
  const assigned = new Set(person.fachverfahren.map((row) => row.id));
  const choices = (data?.fachverfahrenList.items ?? [])
    .filter((item) => !assigned.has(item.id))
    .map((item) => ({ value: item.id, label: [item.name, item.vendor].filter(Boolean).join(' · ') }));

  const add = async () => {
    if (!selected) return;
    const name = choices.find((choice) => choice.value === selected)?.label ?? '';
    const ok = await act(
      () => assign({ variables: { personId: person.id, fachverfahrenId: selected } }),
      t('mappings.assigned', { name }),
    );
    if (ok) setSelected(null);
  };

  return (
    <MappingSection<Row>
      id="person-fachverfahren"
      title={t('mappings.fachverfahren.title')}
      emptyText={t('mappings.fachverfahren.empty')}
      records={person.fachverfahren}
      idAccessor={(row) => row.id}
      columns={[
        {
          accessor: 'name',
          title: t('fachverfahren.fields.name'),
          render: (row) => (
            <Anchor component={Link} to={paths.detail(tenantId, 'fachverfahren', row.id)}>
              {row.name}
            </Anchor>
          ),
        },
        {
          accessor: 'area',
          title: t('fachverfahren.fields.area'),
          render: (row) => label(FACHVERFAHREN_AREA_LABELS, row.area),
        },
        {
          accessor: 'actions',
          title: t('mappings.actions'),
          textAlign: 'right',
          render: (row) => (
            <RemoveButton
              name={row.name}
              onClick={() =>
                void act(
                  () => unassign({ variables: { personId: person.id, fachverfahrenId: row.id } }),
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
            label={t('mappings.fachverfahren.add')}
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
