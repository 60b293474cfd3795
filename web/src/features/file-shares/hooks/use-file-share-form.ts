import { useForm } from '@mantine/form';
import { LIMITS } from '@schaltplan/domain';
import { useTranslation } from 'react-i18next';
import type { CreateFileShareInput, FileShareFieldsFragment, UpdateFileShareInput } from '../../../generated/graphql';
import { createRules, emptyToNull, normalizeDriveLetter, numberOrNull } from '../../../lib/validation';

export type FileShareFormValues = {
  uncPath: string;
  driveLetter: string;
  locationId: string | null;
  sizeGb: number | string;
  owningDepartment: string;
  targetPath: string;
};

const PATH_MAX = 400;
const SIZE_MAX = 1_000_000_000;

export function toFileShareFormValues(
  share?: FileShareFieldsFragment,
  locationId?: string | null,
): FileShareFormValues {
  return {
    uncPath: share?.uncPath ?? '',
    driveLetter: share?.driveLetter ?? '',
    locationId: share ? share.locationId : (locationId ?? null),
    sizeGb: share?.sizeGb ?? '',
    owningDepartment: share?.owningDepartment ?? '',
    targetPath: share?.targetPath ?? '',
  };
}

export function useFileShareForm(initialValues: FileShareFormValues) {
  const { t } = useTranslation();
  const rules = createRules(t);
  return useForm<FileShareFormValues>({
    initialValues,
    validate: {
      uncPath: rules.all(rules.required, rules.uncPath, rules.maxLength(PATH_MAX)),
      driveLetter: rules.driveLetter,
      sizeGb: rules.all<number | string>(rules.nonNegative, (value) =>
        (numberOrNull(value) ?? 0) > SIZE_MAX ? t('validation.range', { min: 0, max: SIZE_MAX }) : null,
      ),
      owningDepartment: rules.maxLength(LIMITS.shortText),
      targetPath: rules.maxLength(PATH_MAX),
    },
  });
}

function fields(values: FileShareFormValues) {
  const size = numberOrNull(values.sizeGb);
  return {
    uncPath: values.uncPath.trim(),
    driveLetter: normalizeDriveLetter(values.driveLetter),
    locationId: values.locationId,
    // The API keeps two decimals.
    sizeGb: size === null ? null : Math.round(size * 100) / 100,
    owningDepartment: emptyToNull(values.owningDepartment),
    targetPath: emptyToNull(values.targetPath),
  };
}

export const toCreateFileShareInput = (tenantId: string, values: FileShareFormValues): CreateFileShareInput => ({
  tenantId,
  ...fields(values),
});

export const toUpdateFileShareInput = (
  share: FileShareFieldsFragment,
  values: FileShareFormValues,
): UpdateFileShareInput => ({
  id: share.id,
  version: share.version,
  ...fields(values),
});
