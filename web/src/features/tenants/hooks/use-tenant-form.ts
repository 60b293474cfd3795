import { useForm } from '@mantine/form';
import { LIMITS, type TenantKind } from '@schaltplan/domain';
import { useTranslation } from 'react-i18next';
import type { CreateTenantInput, TenantFieldsFragment, UpdateTenantInput } from '../../../generated/graphql';
import { createRules, numberOrNull } from '../../../lib/validation';

export type TenantFormValues = {
  name: string;
  kind: TenantKind | null;
  ags: string;
  inhabitants: number | string;
  /** One member municipality per line. */
  memberMunicipalities: string;
};

const INHABITANTS_MAX = 20_000_000;

export function toTenantFormValues(tenant?: TenantFieldsFragment): TenantFormValues {
  return {
    name: tenant?.name ?? '',
    kind: tenant?.kind ?? null,
    ags: tenant?.ags ?? '',
    inhabitants: tenant?.inhabitants ?? '',
    memberMunicipalities: tenant?.memberMunicipalities.join('\n') ?? '',
  };
}

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

export function useTenantForm(initialValues: TenantFormValues) {
  const { t } = useTranslation();
  const rules = createRules(t);
  return useForm<TenantFormValues>({
    initialValues,
    validate: {
      name: rules.all(rules.required, rules.maxLength()),
      kind: rules.required,
      ags: rules.all(rules.required, rules.ags),
      inhabitants: rules.all<number | string>(rules.required, rules.integer, rules.nonNegative, (value) =>
        Number(value) > INHABITANTS_MAX ? t('validation.range', { min: 0, max: INHABITANTS_MAX }) : null,
      ),
      memberMunicipalities: (value) => {
        const names = lines(value);
        if (names.length > LIMITS.memberMunicipalitiesMax)
          return t('validation.range', { min: 0, max: LIMITS.memberMunicipalitiesMax });
        return names.some((name) => name.length > LIMITS.shortText)
          ? t('validation.maxLength', { max: LIMITS.shortText })
          : null;
      },
    },
  });
}

function fields(values: TenantFormValues) {
  return {
    name: values.name.trim(),
    kind: values.kind ?? 'GEMEINDE',
    ags: values.ags.trim(),
    inhabitants: numberOrNull(values.inhabitants) ?? 0,
    memberMunicipalities: lines(values.memberMunicipalities),
  };
}

export const toCreateTenantInput = (values: TenantFormValues): CreateTenantInput => fields(values);

export const toUpdateTenantInput = (tenant: TenantFieldsFragment, values: TenantFormValues): UpdateTenantInput => ({
  id: tenant.id,
  version: tenant.version,
  ...fields(values),
});
