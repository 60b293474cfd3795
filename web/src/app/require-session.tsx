import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ForbiddenPage } from '../components/forbidden-page';
import { paths } from '../lib/paths';
import type { Permission } from '../lib/permissions';
import { usePermissions, useSession } from '../lib/session';

/** Pages behind it need a session; without one the login page opens and comes back here afterwards. */
export function RequireSession() {
  const { account } = useSession();
  const location = useLocation();
  if (!account) {
    return <Navigate to={paths.login(location.pathname + location.search + location.hash)} replace />;
  }
  return <Outlet />;
}

/** A page only some roles may use: the others see "keine Berechtigung". */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { can } = usePermissions();
  return can(permission) ? <>{children}</> : <ForbiddenPage />;
}
