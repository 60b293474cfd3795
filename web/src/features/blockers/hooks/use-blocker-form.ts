import { useForm } from '@mantine/form';
import { LIMITS, LOCATED_BLOCKER_OBJECTS, type BlockerObjectType } from '@schaltplan/domain';
import { useTranslation } from 'react-i18next';
import type { BlockerFieldsFragment, CreateBlockerInput, UpdateBlockerInput } from '../../../generated/graphql';
import { createRules, emptyToNull } from '../../../lib/validation';

export type BlockerFormValues = {
  title: string;
  description: string;
  owner: string;
  locationId: string | null;
  objectType: BlockerObjectType | null;
  objectId: string | null;
};

/** Kinds offered in the form; a Standort is picked in its own field. */
export const LINKABLE_TYPES: BlockerObjectType[] = [
  'PERSON',
  'WORKSTATION',
  'PRINTER',
  'FILE_SHARE',
  'SOFTWARE',
  'FACHVERFAHREN',
];

/** The location comes from the linked object when that stands at one. */
export const locationIsDerived = (type: BlockerObjectType | null): boolean =>
  !!type && type !== 'LOCATION' && LOCATED_BLOCKER_OBJECTS.includes(type);

export function toBlockerFormValues(item?: BlockerFieldsFragment): BlockerFormValues {
  const onLocation = item?.objectType === 'LOCATION';
  return {
    title: item?.title ?? '',
    description: item?.description ?? '',
    owner: item?.owner ?? '',
    locationId: item?.locationId ?? null,
    objectType: onLocation ? null : (item?.objectType ?? null),
    objectId: onLocation ? null : (item?.objectId ?? null),
  };
}

export function useBlockerForm(initialValues: BlockerFormValues) {
  const { t } = useTranslation();
  const rules = createRules(t);
  return useForm<BlockerFormValues>({
    initialValues,
    validate: {
      title: rules.all(rules.required, rules.maxLength(LIMITS.shortText)),
      description: rules.maxLength(LIMITS.longText),
      owner: rules.maxLength(LIMITS.shortText),
      objectId: (value, values) => (values.objectType && !value ? t('validation.required') : null),
    },
  });
}

function fields(values: BlockerFormValues) {
  const linked = values.objectType && values.objectId;
  return {
    title: values.title.trim(),
    description: emptyToNull(values.description),
    owner: emptyToNull(values.owner),
    // Null lets the server take the location of the linked object.
    locationId: locationIsDerived(values.objectType) ? null : values.locationId,
    objectType: linked ? values.objectType : null,
    objectId: linked ? values.objectId : null,
  };
}

export const toCreateBlockerInput = (tenantId: string, values: BlockerFormValues): CreateBlockerInput => ({
  tenantId,
  ...fields(values),
});

export const toUpdateBlockerInput = (item: BlockerFieldsFragment, values: BlockerFormValues): UpdateBlockerInput => ({
  id: item.id,
  version: item.version,
  ...fields(values),
});
