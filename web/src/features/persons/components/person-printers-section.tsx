import { Anchor, Badge, Button, Checkbox } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AA_GREEN } from '../../../components/status-colors';
import { Link } from 'react-router';
import {
  useAssignPrinterMutation,
  usePrinterOptionsQuery,
  useUnassignPrinterMutation,
  type PersonMappingsFragment,
} from '../../../generated/graphql';
import { paths } from '../../../lib/paths';
import { useMappingAction } from '../hooks/use-mapping-action';
import { useOptionSearch } from '../hooks/use-option-search';
import { AssignPicker } from './assign-picker';
import { MappingSection, RemoveButton } from './mapping-section';

type Row = PersonMappingsFragment['printers'][number];

export function PersonPrintersSection({ tenantId, person }: { tenantId: string; person: PersonMappingsFragment }) {
  const { t } = useTranslation();
  const act = useMappingAction();
  const options = useOptionSearch();
  const [selected, setSelected] = useState<string | null>(null);
  const [asDefault, setAsDefault] = useState(person.printers.length === 0);
  const { data, loading } = usePrinterOptionsQuery({ variables: { tenantId, search: options.query } });
  const [assign, assigning] = useAssignPrinterMutation();
  const [unassign] = useUnassignPrinterMutation();
  const assigned = new Set(person.printers.map((row) => row.printerId));
  const choices = (data?.printers.items ?? [])
    .filter((printer) => !assigned.has(printer.id))
    .map((printer) => ({
      value: printer.id,
      label: [printer.name, printer.room, printer.location.name].filter(Boolean).join(' · '),
    }));

  const add = async () => {
    if (!selected) return;
    const name = choices.find((choice) => choice.value === selected)?.label ?? '';
    const ok = await act(
      () => assign({ variables: { personId: person.id, printerId: selected, isDefault: asDefault } }),
      t('mappings.assigned', { name }),
    );
    if (ok) {
      setSelected(null);
      setAsDefault(false);
    }
  };

  return (
    <MappingSection<Row>
      id="person-printers"
      title={t('mappings.printers.title')}
      emptyText={t('mappings.printers.empty')}
      records={person.printers}
      idAccessor={(row) => row.printerId}
      columns={[
        {
          accessor: 'printer.name',
          title: t('printers.fields.name'),
          render: (row) => (
            <Anchor component={Link} to={paths.detail(tenantId, 'printers', row.printer.id)}>
              {row.printer.name}
            </Anchor>
          ),
        },
        { accessor: 'printer.room', title: t('fields.room'), render: (row) => row.printer.room ?? '' },
        {
          accessor: 'printer.targetQueue',
          title: t('printers.fields.targetQueue'),
          render: (row) => row.printer.targetQueue ?? '',
        },
        {
          accessor: 'isDefault',
          title: t('mappings.printers.isDefault'),
          render: (row) =>
            row.isDefault ? (
              <Badge color={AA_GREEN} variant="filled">
                {t('mappings.printers.isDefault')}
              </Badge>
            ) : (
              <Button
                size="compact-sm"
                variant="subtle"
                aria-label={`${t('mappings.printers.makeDefault')}: ${row.printer.name}`}
                onClick={() =>
                  void act(
                    () => assign({ variables: { personId: person.id, printerId: row.printer.id, isDefault: true } }),
                    t('mappings.printers.defaultSet', { name: row.printer.name }),
                  )
                }
              >
                {t('mappings.printers.makeDefault')}
              </Button>
            ),
        },
        {
          accessor: 'actions',
          title: t('mappings.actions'),
          textAlign: 'right',
          render: (row) => (
            <RemoveButton
              name={row.printer.name}
              onClick={() =>
                void act(
                  () => unassign({ variables: { personId: person.id, printerId: row.printer.id } }),
                  t('mappings.unassigned', { name: row.printer.name }),
                )
              }
            />
          ),
        },
      ]}
      addForm={
        <>
          <AssignPicker
            label={t('mappings.printers.add')}
            options={choices}
            loading={loading}
            onSearchChange={options.setSearch}
            value={selected}
            onChange={setSelected}
          />
          <Checkbox
            label={t('mappings.printers.isDefault')}
            checked={asDefault}
            onChange={(event) => setAsDefault(event.currentTarget.checked)}
            mb={8}
          />
          <Button onClick={() => void add()} disabled={!selected} loading={assigning.loading}>
            {t('actions.assign')}
          </Button>
        </>
      }
    />
  );
}
