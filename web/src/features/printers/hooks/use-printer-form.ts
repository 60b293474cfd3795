import { useForm } from '@mantine/form';
import { LIMITS, type PrinterKind } from '@schaltplan/domain';
import { useTranslation } from 'react-i18next';
import type { CreatePrinterInput, PrinterFieldsFragment, UpdatePrinterInput } from '../../../generated/graphql';
import { createRules, emptyToNull } from '../../../lib/validation';

export type PrinterFormValues = {
  name: string;
  kind: PrinterKind;
  locationId: string | null;
  model: string;
  address: string;
  shareName: string;
  room: string;
  targetQueue: string;
  notes: string;
};

export function toPrinterFormValues(printer?: PrinterFieldsFragment, locationId?: string | null): PrinterFormValues {
  return {
    name: printer?.name ?? '',
    kind: printer?.kind ?? 'PRINTER',
    locationId: printer?.locationId ?? locationId ?? null,
    model: printer?.model ?? '',
    address: printer?.address ?? '',
    shareName: printer?.shareName ?? '',
    room: printer?.room ?? '',
    targetQueue: printer?.targetQueue ?? '',
    notes: printer?.notes ?? '',
  };
}

export function usePrinterForm(initialValues: PrinterFormValues) {
  const { t } = useTranslation();
  const rules = createRules(t);
  const short = rules.maxLength(LIMITS.shortText);
  return useForm<PrinterFormValues>({
    initialValues,
    validate: {
      name: rules.all(rules.required, short),
      locationId: rules.required,
      model: short,
      address: short,
      shareName: short,
      room: short,
      targetQueue: short,
      notes: rules.maxLength(LIMITS.longText),
    },
  });
}

function fields(values: PrinterFormValues) {
  return {
    name: values.name.trim(),
    kind: values.kind,
    locationId: values.locationId ?? '',
    model: emptyToNull(values.model),
    address: emptyToNull(values.address),
    shareName: emptyToNull(values.shareName),
    room: emptyToNull(values.room),
    targetQueue: emptyToNull(values.targetQueue),
    notes: emptyToNull(values.notes),
  };
}

export function toCreatePrinterInput(tenantId: string, values: PrinterFormValues): CreatePrinterInput {
  return { tenantId, ...fields(values) };
}

export function toUpdatePrinterInput(printer: PrinterFieldsFragment, values: PrinterFormValues): UpdatePrinterInput {
  return { id: printer.id, version: printer.version, ...fields(values) };
}
