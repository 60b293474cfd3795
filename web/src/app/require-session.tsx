import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ForbiddenPage } from '../components/forbidden-page';
import { paths } from '../lib/paths';
import type { Permission } from '../lib/permissions';
import { usePermissions, useSession } from '../lib/session';

/** Pages behind it need a session; without one the login page opens and comes back here afterwards. */
export function RequireSession() {
  const { account, signedOut } = useSession();
  const location = useLocation();
  if (!account) {
    // After "Abmelden" the next person starts at the beginning, not on the last page.
    const returnTo = signedOut ? undefined : location.pathname + location.search + location.hash;
    return <Navigate to={paths.login(returnTo)} replace />;
  }
  return <Outlet />;
}

/** A page only some roles may use: the others see "keine Berechtigung". */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { can } = usePermissions();
  return can(permission) ? <>{children}</> : <ForbiddenPage />;
}
