import { useForm } from '@mantine/form';
import { LIMITS, type SoftwareDelivery } from '@schaltplan/domain';
import { useTranslation } from 'react-i18next';
import type { CreateSoftwareInput, SoftwareFieldsFragment, UpdateSoftwareInput } from '../../../generated/graphql';
import { createRules, emptyToNull } from '../../../lib/validation';

export type SoftwareFormValues = {
  product: string;
  vendor: string;
  versionLabel: string;
  licence: string;
  delivery: SoftwareDelivery;
  replacedBy: string;
};

export function toSoftwareFormValues(software?: SoftwareFieldsFragment): SoftwareFormValues {
  return {
    product: software?.product ?? '',
    vendor: software?.vendor ?? '',
    versionLabel: software?.versionLabel ?? '',
    licence: software?.licence ?? '',
    delivery: software?.delivery ?? 'OPEN',
    replacedBy: software?.replacedBy ?? '',
  };
}

export function useSoftwareForm(initialValues: SoftwareFormValues) {
  const { t } = useTranslation();
  const rules = createRules(t);
  const short = rules.maxLength(LIMITS.shortText);
  return useForm<SoftwareFormValues>({
    initialValues,
    validate: {
      product: rules.all(rules.required, short),
      vendor: short,
      versionLabel: rules.maxLength(100),
      licence: short,
      replacedBy: short,
    },
  });
}

function fields(values: SoftwareFormValues) {
  return {
    product: values.product.trim(),
    vendor: emptyToNull(values.vendor),
    versionLabel: emptyToNull(values.versionLabel),
    licence: emptyToNull(values.licence),
    delivery: values.delivery,
    replacedBy: emptyToNull(values.replacedBy),
  };
}

export const toCreateSoftwareInput = (tenantId: string, values: SoftwareFormValues): CreateSoftwareInput => ({
  tenantId,
  ...fields(values),
});

export const toUpdateSoftwareInput = (
  software: SoftwareFieldsFragment,
  values: SoftwareFormValues,
): UpdateSoftwareInput => ({
  id: software.id,
  version: software.version,
  ...fields(values),
});
