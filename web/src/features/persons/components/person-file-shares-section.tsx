import { Anchor, Button, Select, TextInput } from '@mantine/core';
import { SHARE_ACCESS_LABELS, type ShareAccess } from '@schaltplan/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  useAssignFileShareMutation,
  useFileShareOptionsQuery,
  useUnassignFileShareMutation,
  type PersonMappingsFragment,
} from '../../../generated/graphql';
import { useEnumLabel, useEnumOptions } from '../../../lib/labels';
import { paths } from '../../../lib/paths';
import { createRules, normalizeDriveLetter } from '../../../lib/validation';
import { useMappingAction } from '../hooks/use-mapping-action';
import { useOptionSearch } from '../hooks/use-option-search';
import { AssignPicker } from './assign-picker';
import { MappingSection, RemoveButton } from './mapping-section';

type Row = PersonMappingsFragment['fileShares'][number];

export function PersonFileSharesSection({ tenantId, person }: { tenantId: string; person: PersonMappingsFragment }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const accessOptions = useEnumOptions(SHARE_ACCESS_LABELS);
  const rules = createRules(t);
  const act = useMappingAction();
  const options = useOptionSearch();
  const [selected, setSelected] = useState<string | null>(null);
  const [access, setAccess] = useState<ShareAccess>('READ');
  const [driveLetter, setDriveLetter] = useState('');
  const driveError = rules.driveLetter(driveLetter);
  const { data, loading } = useFileShareOptionsQuery({ variables: { tenantId, search: options.query } });
  const [assign, assigning] = useAssignFileShareMutation();
  const [unassign] = useUnassignFileShareMutation();
  const assigned = new Set(person.fileShares.map((row) => row.fileShareId));
  const shares = (data?.fileShares.items ?? []).filter((share) => !assigned.has(share.id));
  const choices = shares.map((share) => ({
    value: share.id,
    label: share.driveLetter ? `${share.uncPath} (${share.driveLetter}:)` : share.uncPath,
  }));

  const add = async () => {
    if (!selected || driveError) return;
    const name = choices.find((choice) => choice.value === selected)?.label ?? '';
    const ok = await act(
      () =>
        assign({
          variables: {
            personId: person.id,
            fileShareId: selected,
            access,
            driveLetter: normalizeDriveLetter(driveLetter),
          },
        }),
      t('mappings.assigned', { name }),
    );
    if (ok) {
      setSelected(null);
      setDriveLetter('');
    }
  };

  return (
    <MappingSection<Row>
      id="person-file-shares"
      title={t('mappings.fileShares.title')}
      emptyText={t('mappings.fileShares.empty')}
      records={person.fileShares}
      idAccessor={(row) => row.fileShareId}
      columns={[
        {
          accessor: 'fileShare.uncPath',
          title: t('fileShares.fields.uncPath'),
          render: (row) => (
            <Anchor component={Link} to={paths.detail(tenantId, 'fileShares', row.fileShare.id)}>
              {row.fileShare.uncPath}
            </Anchor>
          ),
        },
        {
          accessor: 'access',
          title: t('mappings.fileShares.access'),
          render: (row) => label(SHARE_ACCESS_LABELS, row.access),
        },
        {
          accessor: 'driveLetter',
          title: t('mappings.fileShares.driveLetter'),
          render: (row) => (row.driveLetter ? `${row.driveLetter}:` : ''),
        },
        {
          accessor: 'actions',
          title: t('mappings.actions'),
          textAlign: 'right',
          render: (row) => (
            <RemoveButton
              name={row.fileShare.uncPath}
              onClick={() =>
                void act(
                  () => unassign({ variables: { personId: person.id, fileShareId: row.fileShare.id } }),
                  t('mappings.unassigned', { name: row.fileShare.uncPath }),
                )
              }
            />
          ),
        },
      ]}
      addForm={
        <>
          <AssignPicker
            label={t('mappings.fileShares.add')}
            options={choices}
            loading={loading}
            onSearchChange={options.setSearch}
            value={selected}
            onChange={setSelected}
          />
          <Select
            label={t('mappings.fileShares.access')}
            data={accessOptions}
            value={access}
            onChange={(value) => setAccess(value === 'WRITE' ? 'WRITE' : 'READ')}
            allowDeselect={false}
            w={200}
          />
          <TextInput
            label={t('mappings.fileShares.driveLetter')}
            description={t('mappings.fileShares.driveHint')}
            value={driveLetter}
            onChange={(event) => setDriveLetter(event.currentTarget.value)}
            error={driveError}
            maxLength={2}
            w={170}
          />
          <Button onClick={() => void add()} disabled={!selected || driveError !== null} loading={assigning.loading}>
            {t('actions.assign')}
          </Button>
        </>
      }
    />
  );
}
