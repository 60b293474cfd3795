import { useForm } from '@mantine/form';
import { LIMITS } from '@schaltplan/domain';
import { useTranslation } from 'react-i18next';
import type {
  CreateWorkstationInput,
  UpdateWorkstationInput,
  WorkstationFieldsFragment,
} from '../../../generated/graphql';
import { createRules, emptyToNull } from '../../../lib/validation';

export type WorkstationFormValues = {
  name: string;
  locationId: string | null;
  room: string;
  currentHostname: string;
  currentOs: string;
  targetDeviceSerial: string;
  notes: string;
};

export function toWorkstationFormValues(
  workstation?: WorkstationFieldsFragment,
  locationId?: string | null,
): WorkstationFormValues {
  return {
    name: workstation?.name ?? '',
    locationId: workstation?.locationId ?? locationId ?? null,
    room: workstation?.room ?? '',
    currentHostname: workstation?.currentHostname ?? '',
    currentOs: workstation?.currentOs ?? '',
    targetDeviceSerial: workstation?.targetDeviceSerial ?? '',
    notes: workstation?.notes ?? '',
  };
}

export function useWorkstationForm(initialValues: WorkstationFormValues) {
  const { t } = useTranslation();
  const rules = createRules(t);
  const short = rules.maxLength(LIMITS.shortText);
  return useForm<WorkstationFormValues>({
    initialValues,
    validate: {
      name: rules.all(rules.required, short),
      locationId: rules.required,
      room: short,
      currentHostname: rules.maxLength(63),
      currentOs: short,
      targetDeviceSerial: rules.maxLength(100),
      notes: rules.maxLength(LIMITS.longText),
    },
  });
}

function fields(values: WorkstationFormValues) {
  return {
    name: values.name.trim(),
    locationId: values.locationId ?? '',
    room: emptyToNull(values.room),
    currentHostname: emptyToNull(values.currentHostname),
    currentOs: emptyToNull(values.currentOs),
    targetDeviceSerial: emptyToNull(values.targetDeviceSerial),
    notes: emptyToNull(values.notes),
  };
}

export const toCreateWorkstationInput = (tenantId: string, values: WorkstationFormValues): CreateWorkstationInput => ({
  tenantId,
  ...fields(values),
});

export const toUpdateWorkstationInput = (
  workstation: WorkstationFieldsFragment,
  values: WorkstationFormValues,
): UpdateWorkstationInput => ({ id: workstation.id, version: workstation.version, ...fields(values) });
