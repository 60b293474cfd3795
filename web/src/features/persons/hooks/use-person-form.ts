import { useForm } from '@mantine/form';
import { LIMITS } from '@schaltplan/domain';
import { useTranslation } from 'react-i18next';
import type { CreatePersonInput, PersonFieldsFragment, UpdatePersonInput } from '../../../generated/graphql';
import { createRules, emptyToNull } from '../../../lib/validation';

export type PersonFormValues = {
  displayName: string;
  accountName: string;
  givenName: string;
  surname: string;
  department: string;
  email: string;
  locationId: string | null;
};

/** sAMAccountName allows at most 104 characters; e-mail addresses at most 254. */
const ACCOUNT_MAX = 104;
const EMAIL_MAX = 254;

export function toPersonFormValues(person?: PersonFieldsFragment, locationId?: string | null): PersonFormValues {
  return {
    displayName: person?.displayName ?? '',
    accountName: person?.accountName ?? '',
    givenName: person?.givenName ?? '',
    surname: person?.surname ?? '',
    department: person?.department ?? '',
    email: person?.email ?? '',
    locationId: person ? person.locationId : (locationId ?? null),
  };
}

export function usePersonForm(initialValues: PersonFormValues) {
  const { t } = useTranslation();
  const rules = createRules(t);
  const short = rules.maxLength(LIMITS.shortText);
  return useForm<PersonFormValues>({
    initialValues,
    validate: {
      displayName: rules.all(rules.required, short),
      accountName: rules.all(rules.required, rules.maxLength(ACCOUNT_MAX)),
      givenName: short,
      surname: short,
      department: short,
      email: rules.all(rules.email, rules.maxLength(EMAIL_MAX)),
    },
  });
}

function fields(values: PersonFormValues) {
  return {
    displayName: values.displayName.trim(),
    accountName: values.accountName.trim(),
    givenName: emptyToNull(values.givenName),
    surname: emptyToNull(values.surname),
    department: emptyToNull(values.department),
    email: emptyToNull(values.email),
    locationId: values.locationId,
  };
}

export const toCreatePersonInput = (tenantId: string, values: PersonFormValues): CreatePersonInput => ({
  tenantId,
  ...fields(values),
});

export const toUpdatePersonInput = (person: PersonFieldsFragment, values: PersonFormValues): UpdatePersonInput => ({
  id: person.id,
  version: person.version,
  ...fields(values),
});
