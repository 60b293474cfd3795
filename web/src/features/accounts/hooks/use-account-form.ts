import { useForm } from '@mantine/form';
import { LIMITS, SINGLE_TENANT_ROLES, type Role } from '@schaltplan/domain';
import { useTranslation } from 'react-i18next';
import type { AccountFieldsFragment, CreateAccountInput, UpdateAccountInput } from '../../../generated/graphql';
import { createRules } from '../../../lib/validation';

export type AccountFormValues = {
  email: string;
  displayName: string;
  role: Role | null;
  /** COORDINATOR/VIEWER: exactly one; PROJECT_MANAGER: as many as assigned. */
  tenantIds: string[];
  /** TECHNICIAN only. */
  locationIds: string[];
  active: boolean;
};

export type LinkKind = 'none' | 'oneTenant' | 'tenants' | 'locations';

/** Which links the role takes: nothing (admin), one Verwaltung, several, or Standorte. */
export function linkKind(role: Role | null): LinkKind {
  if (!role || role === 'ADMIN') return 'none';
  if (SINGLE_TENANT_ROLES.includes(role)) return 'oneTenant';
  return role === 'PROJECT_MANAGER' ? 'tenants' : 'locations';
}

export function toAccountFormValues(account?: AccountFieldsFragment): AccountFormValues {
  return {
    email: account?.email ?? '',
    displayName: account?.displayName ?? '',
    role: account?.role ?? null,
    tenantIds: account && account.role !== 'TECHNICIAN' ? account.tenantIds : [],
    locationIds: account?.locationIds ?? [],
    active: account?.active ?? true,
  };
}

export function useAccountForm(initialValues: AccountFormValues) {
  const { t } = useTranslation();
  const rules = createRules(t);
  return useForm<AccountFormValues>({
    initialValues,
    validate: {
      email: rules.all(rules.required, rules.email, rules.maxLength(254)),
      displayName: rules.all(rules.required, rules.maxLength(LIMITS.shortText)),
      role: rules.required,
      tenantIds: (value, values) => {
        const kind = linkKind(values.role);
        if (kind === 'oneTenant' && value.length !== 1) return t('accounts.validation.oneTenant');
        if (kind === 'tenants' && value.length === 0) return t('accounts.validation.someTenants');
        return null;
      },
      locationIds: (value, values) =>
        linkKind(values.role) === 'locations' && value.length === 0 ? t('accounts.validation.someLocations') : null,
    },
  });
}

function links(values: AccountFormValues) {
  const kind = linkKind(values.role);
  return {
    tenantIds: kind === 'oneTenant' ? values.tenantIds.slice(0, 1) : kind === 'tenants' ? values.tenantIds : [],
    locationIds: kind === 'locations' ? values.locationIds : [],
  };
}

export const toCreateAccountInput = (values: AccountFormValues): CreateAccountInput => ({
  email: values.email.trim(),
  displayName: values.displayName.trim(),
  role: values.role ?? 'VIEWER',
  ...links(values),
});

export const toUpdateAccountInput = (
  account: AccountFieldsFragment,
  values: AccountFormValues,
): UpdateAccountInput => ({
  id: account.id,
  version: account.version,
  email: values.email.trim(),
  displayName: values.displayName.trim(),
  role: values.role ?? account.role,
  active: values.active,
  ...links(values),
});
