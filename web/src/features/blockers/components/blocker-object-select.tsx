import { Select } from '@mantine/core';
import type { BlockerObjectType } from '@schaltplan/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlockerObjectOptionsQuery, type BlockerObjectOptionsQuery } from '../../../generated/graphql';

interface BlockerObjectSelectProps {
  tenantId: string;
  type: BlockerObjectType;
  value: string | null;
  onChange: (value: string | null) => void;
  /** Name of the object already linked (it may not be among the first matches). */
  currentLabel?: string | null;
  error?: string;
}

function optionsOf(data: BlockerObjectOptionsQuery | undefined): { value: string; label: string }[] {
  if (!data) return [];
  return [
    ...(data.persons?.items.map((o) => ({ value: o.id, label: o.displayName })) ?? []),
    ...(data.workstations?.items.map((o) => ({ value: o.id, label: o.name })) ?? []),
    ...(data.printers?.items.map((o) => ({ value: o.id, label: o.name })) ?? []),
    ...(data.softwareList?.items.map((o) => ({ value: o.id, label: o.product })) ?? []),
    ...(data.fileShares?.items.map((o) => ({ value: o.id, label: o.uncPath })) ?? []),
    ...(data.fachverfahrenList?.items.map((o) => ({ value: o.id, label: o.name })) ?? []),
  ];
}

/** Picks the linked object of the chosen kind; the server searches, so large Verwaltungen work too. */
export function BlockerObjectSelect({
  tenantId,
  type,
  value,
  onChange,
  currentLabel,
  error,
}: BlockerObjectSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const { data, previousData, loading } = useBlockerObjectOptionsQuery({
    variables: {
      tenantId,
      search: search.trim() || null,
      persons: type === 'PERSON',
      workstations: type === 'WORKSTATION',
      printers: type === 'PRINTER',
      software: type === 'SOFTWARE',
      fileShares: type === 'FILE_SHARE',
      fachverfahren: type === 'FACHVERFAHREN',
    },
  });
  const options = optionsOf(data ?? previousData);
  if (value && currentLabel && !options.some((o) => o.value === value)) {
    options.unshift({ value, label: currentLabel });
  }
  return (
    <Select
      label={t('blockers.fields.object')}
      description={t('blockers.fields.objectHint')}
      data={options}
      value={value}
      onChange={onChange}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={loading ? t('list.loading') : t('list.noMatches')}
      required
      error={error}
    />
  );
}
