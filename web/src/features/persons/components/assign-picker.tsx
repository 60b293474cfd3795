import { Select } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface PickerOption {
  value: string;
  label: string;
}

interface AssignPickerProps {
  label: string;
  options: PickerOption[];
  loading: boolean;
  /** Receives the typed text; the parent sends it (debounced) to the server. */
  onSearchChange: (value: string) => void;
  value: string | null;
  onChange: (value: string | null) => void;
}

/** Searchable picker whose options come from the server (filtered there, not in the browser). */
export function AssignPicker(props: AssignPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  // Keeps the chosen option visible even when a new server answer no longer contains it.
  const [chosen, setChosen] = useState<PickerOption | null>(null);
  const selected = props.value === null ? null : chosen;
  const data =
    selected && !props.options.some((o) => o.value === selected.value) ? [selected, ...props.options] : props.options;

  return (
    <Select
      label={props.label}
      placeholder={t('mappings.pick')}
      description={t('mappings.searchToFind')}
      data={data}
      value={props.value}
      onChange={(value, option) => {
        setChosen(value ? option : null);
        props.onChange(value);
      }}
      searchable
      searchValue={search}
      onSearchChange={(text) => {
        setSearch(text);
        // Selecting an option writes its label into the search box; that is not a new search.
        if (text !== selected?.label) props.onSearchChange(text);
      }}
      filter={({ options }) => options}
      nothingFoundMessage={props.loading ? t('list.loading') : t('list.noMatches')}
      clearable
      w={340}
    />
  );
}
