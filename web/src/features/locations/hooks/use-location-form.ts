import { useForm } from '@mantine/form';
import { LIMITS, type LocationKind } from '@schaltplan/domain';
import { useTranslation } from 'react-i18next';
import type { CreateLocationInput, LocationFieldsFragment, UpdateLocationInput } from '../../../generated/graphql';
import { createRules, emptyToNull, numberOrNull } from '../../../lib/validation';

export type LocationFormValues = {
  name: string;
  kind: LocationKind | null;
  street: string;
  postalCode: string;
  city: string;
  ags: string;
  lanSpeedMbit: number | string;
  wanLink: string;
  bandwidthMbit: number | string;
  notes: string;
};

/** The API accepts link speeds from 1 to 100,000 Mbit/s. */
const SPEED_MAX = 100_000;

export function toLocationFormValues(location?: LocationFieldsFragment): LocationFormValues {
  return {
    name: location?.name ?? '',
    kind: location?.kind ?? null,
    street: location?.street ?? '',
    postalCode: location?.postalCode ?? '',
    city: location?.city ?? '',
    ags: location?.ags ?? '',
    lanSpeedMbit: location?.lanSpeedMbit ?? '',
    wanLink: location?.wanLink ?? '',
    bandwidthMbit: location?.bandwidthMbit ?? '',
    notes: location?.notes ?? '',
  };
}

export function useLocationForm(initialValues: LocationFormValues) {
  const { t } = useTranslation();
  const rules = createRules(t);
  const short = rules.maxLength(LIMITS.shortText);
  const speed = rules.all<number | string>(rules.integer, (value) => {
    const number = numberOrNull(value);
    return number !== null && (number < 1 || number > SPEED_MAX)
      ? t('validation.range', { min: 1, max: SPEED_MAX })
      : null;
  });
  return useForm<LocationFormValues>({
    initialValues,
    validate: {
      name: rules.all(rules.required, short),
      kind: rules.required,
      street: short,
      postalCode: rules.postalCode,
      city: short,
      ags: rules.ags,
      lanSpeedMbit: speed,
      wanLink: short,
      bandwidthMbit: speed,
      notes: rules.maxLength(LIMITS.longText),
    },
  });
}

function fields(values: LocationFormValues) {
  return {
    name: values.name.trim(),
    kind: values.kind ?? 'SONSTIGES',
    street: emptyToNull(values.street),
    postalCode: emptyToNull(values.postalCode),
    city: emptyToNull(values.city),
    ags: emptyToNull(values.ags),
    lanSpeedMbit: numberOrNull(values.lanSpeedMbit),
    wanLink: emptyToNull(values.wanLink),
    bandwidthMbit: numberOrNull(values.bandwidthMbit),
    notes: emptyToNull(values.notes),
  };
}

export const toCreateLocationInput = (tenantId: string, values: LocationFormValues): CreateLocationInput => ({
  tenantId,
  ...fields(values),
});

export const toUpdateLocationInput = (
  location: LocationFieldsFragment,
  values: LocationFormValues,
): UpdateLocationInput => ({
  id: location.id,
  version: location.version,
  ...fields(values),
});
