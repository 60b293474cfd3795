import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Permission } from '../lib/permissions';
import { usePermissions } from '../lib/session';

/** "Bearbeiten" on a detail page; only for roles that may change the object. */
export function EditButton({ to, permission = 'inventory.write' }: { to: string; permission?: Permission }) {
  const { t } = useTranslation();
  const { can } = usePermissions();
  if (!can(permission)) return null;
  return (
    <Button component={Link} to={to}>
      {t('actions.edit')}
    </Button>
  );
}
