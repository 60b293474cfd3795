import type { Principal } from '../auth/principal';
import type { TenantScope } from './request-context';

/**
 * The scope of a request comes from its session: ADMIN sees all tenants; a project manager the
 * assigned ones; a coordinator or viewer their own; a technician the tenants of the assigned
 * locations, and within them only those locations. Anonymous requests see nothing (and the
 * policy guard lets them run only public operations). Forced RLS enforces it in the database.
 */
export function scopeForPrincipal(principal: Principal | null): TenantScope {
  if (!principal) return { kind: 'tenants', tenantIds: [] };
  if (principal.role === 'ADMIN') return { kind: 'all' };
  if (principal.role === 'TECHNICIAN') {
    return { kind: 'tenants', tenantIds: principal.tenantIds, locationIds: principal.locationIds };
  }
  return { kind: 'tenants', tenantIds: principal.tenantIds };
}
