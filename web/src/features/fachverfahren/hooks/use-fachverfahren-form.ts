import { useForm } from '@mantine/form';
import {
  LIMITS,
  type Criticality,
  type FachverfahrenArea,
  type FachverfahrenInterface,
  type OperatingMode,
} from '@schaltplan/domain';
import { useTranslation } from 'react-i18next';
import type {
  CreateFachverfahrenInput,
  FachverfahrenFieldsFragment,
  UpdateFachverfahrenInput,
} from '../../../generated/graphql';
import { createRules, emptyToNull } from '../../../lib/validation';

export type FachverfahrenFormValues = {
  name: string;
  area: FachverfahrenArea | null;
  vendor: string;
  currentOperation: OperatingMode;
  targetOperation: OperatingMode;
  criticality: Criticality;
  crisisRelevant: boolean;
  personalData: boolean;
  interfaces: FachverfahrenInterface[];
  interfaceNotes: string;
  responsibleDepartment: string;
};

export function toFachverfahrenFormValues(item?: FachverfahrenFieldsFragment): FachverfahrenFormValues {
  return {
    name: item?.name ?? '',
    area: item?.area ?? null,
    vendor: item?.vendor ?? '',
    currentOperation: item?.currentOperation ?? 'LOCAL_SERVER',
    targetOperation: item?.targetOperation ?? 'OPEN',
    criticality: item?.criticality ?? 'MEDIUM',
    crisisRelevant: item?.crisisRelevant ?? false,
    personalData: item?.personalData ?? true,
    interfaces: item?.interfaces ?? [],
    interfaceNotes: item?.interfaceNotes ?? '',
    responsibleDepartment: item?.responsibleDepartment ?? '',
  };
}

export function useFachverfahrenForm(initialValues: FachverfahrenFormValues) {
  const { t } = useTranslation();
  const rules = createRules(t);
  const short = rules.maxLength(LIMITS.shortText);
  return useForm<FachverfahrenFormValues>({
    initialValues,
    validate: {
      name: rules.all(rules.required, short),
      area: rules.required,
      vendor: short,
      interfaceNotes: rules.maxLength(LIMITS.longText),
      responsibleDepartment: short,
    },
  });
}

function fields(values: FachverfahrenFormValues) {
  return {
    name: values.name.trim(),
    area: values.area ?? 'SONSTIGES',
    vendor: emptyToNull(values.vendor),
    currentOperation: values.currentOperation,
    targetOperation: values.targetOperation,
    criticality: values.criticality,
    crisisRelevant: values.crisisRelevant,
    personalData: values.personalData,
    interfaces: values.interfaces,
    interfaceNotes: emptyToNull(values.interfaceNotes),
    responsibleDepartment: emptyToNull(values.responsibleDepartment),
  };
}

export const toCreateFachverfahrenInput = (
  tenantId: string,
  values: FachverfahrenFormValues,
): CreateFachverfahrenInput => ({
  tenantId,
  ...fields(values),
});

export const toUpdateFachverfahrenInput = (
  item: FachverfahrenFieldsFragment,
  values: FachverfahrenFormValues,
): UpdateFachverfahrenInput => ({ id: item.id, version: item.version, ...fields(values) });
