import { Anchor, Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  useAssignSoftwareMutation,
  useSoftwareOptionsQuery,
  useUnassignSoftwareMutation,
  type PersonMappingsFragment,
} from '../../../generated/graphql';
import { paths } from '../../../lib/paths';
import { useMappingAction } from '../hooks/use-mapping-action';
import { useOptionSearch } from '../hooks/use-option-search';
import { AssignPicker } from './assign-picker';
import { MappingSection, RemoveButton } from './mapping-section';

type Row = PersonMappingsFragment['software'][number];

export function PersonSoftwareSection({ tenantId, person }: { tenantId: string; person: PersonMappingsFragment }) {
  const { t } = useTranslation();
  const act = useMappingAction();
  const options = useOptionSearch();
  const [selected, setSelected] = useState<string | null>(null);
  const { data, loading } = useSoftwareOptionsQuery({ variables: { tenantId, search: options.query } });
  const [assign, assigning] = useAssignSoftwareMutation();
  const [unassign] = useUnassignSoftwareMutation();
  const assigned = new Set(person.software.map((row) => row.id));
  const choices = (data?.softwareList.items ?? [])
    .filter((item) => !assigned.has(item.id))
    .map((item) => ({
      value: item.id,
      label: [item.product, item.versionLabel, item.vendor].filter(Boolean).join(' · '),
    }));

  const add = async () => {
    if (!selected) return;
    const name = choices.find((choice) => choice.value === selected)?.label ?? '';
    const ok = await act(
      () => assign({ variables: { personId: person.id, softwareId: selected } }),
      t('mappings.assigned', { name }),
    );
    if (ok) setSelected(null);
  };

  return (
    <MappingSection<Row>
      id="person-software"
      title={t('mappings.software.title')}
      emptyText={t('mappings.software.empty')}
      records={person.software}
      idAccessor={(row) => row.id}
      columns={[
        {
          accessor: 'product',
          title: t('software.fields.product'),
          render: (row) => (
            <Anchor component={Link} to={paths.detail(tenantId, 'software', row.id)}>
              {row.product}
            </Anchor>
          ),
        },
        { accessor: 'vendor', title: t('fields.vendor'), render: (row) => row.vendor ?? '' },
        {
          accessor: 'actions',
          title: t('mappings.actions'),
          textAlign: 'right',
          render: (row) => (
            <RemoveButton
              name={row.product}
              onClick={() =>
                void act(
                  () => unassign({ variables: { personId: person.id, softwareId: row.id } }),
                  t('mappings.unassigned', { name: row.product }),
                )
              }
            />
          ),
        },
      ]}
      addForm={
        <>
          <AssignPicker
            label={t('mappings.software.add')}
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
