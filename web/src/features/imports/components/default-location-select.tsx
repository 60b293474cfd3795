import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocationOptionsQuery } from '../../../generated/graphql';

/** "Standort für alle Zeilen": the import takes the location by its name, as a file cell would name it. */
export function DefaultLocationSelect(props: {
  tenantId: string;
  value: string | null;
  onChange: (name: string | null) => void;
  /** The file has no Standort column but the target needs one. */
  needed: boolean;
}) {
  const { t } = useTranslation();
  const { data, loading } = useLocationOptionsQuery({ variables: { tenantId: props.tenantId } });
  const names = [...new Set((data?.locations.items ?? []).map((l) => l.name))];
  return (
    <Select
      label={t('imports.defaults.location')}
      description={props.needed ? t('imports.defaults.locationNeeded') : t('imports.defaults.locationHint')}
      data={names}
      value={props.value}
      onChange={props.onChange}
      clearable
      searchable
      required={props.needed}
      nothingFoundMessage={loading ? t('list.loading') : t('list.noMatches')}
      w={360}
    />
  );
}
