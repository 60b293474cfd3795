import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocationOptionsQuery } from '../generated/graphql';

interface LocationSelectProps {
  tenantId: string;
  value?: string | null;
  onChange: (value: string | null) => void;
  label?: string;
  required?: boolean;
  error?: string;
  /** For forms: lets `form.getInputProps` pass onBlur/onFocus. */
  onBlur?: () => void;
  w?: number;
  placeholder?: string;
}

/** Location picker fed from the tenant's locations; used as list filter and in forms. */
export function LocationSelect(props: LocationSelectProps) {
  const { t } = useTranslation();
  const { data, previousData, loading } = useLocationOptionsQuery({
    variables: { tenantId: props.tenantId },
    skip: !props.tenantId,
  });
  const items = (data ?? previousData)?.locations.items ?? [];
  const options = items.map((location) => ({
    value: location.id,
    label: location.city ? `${location.name} (${location.city})` : location.name,
  }));
  return (
    <Select
      label={props.label ?? t('fields.location')}
      data={options}
      value={props.value ?? null}
      onChange={props.onChange}
      onBlur={props.onBlur}
      error={props.error}
      required={props.required}
      clearable={!props.required}
      searchable
      nothingFoundMessage={loading ? t('list.loading') : t('list.noMatches')}
      placeholder={props.placeholder}
      w={props.w}
    />
  );
}

export function LocationFilter(props: {
  tenantId: string;
  value: string | null;
  onChange: (v: string | null) => void;
}) {
  const { t } = useTranslation();
  return <LocationSelect {...props} label={t('list.locationFilter')} placeholder={t('list.allLocations')} w={320} />;
}
