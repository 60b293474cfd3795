import type { Role } from '@schaltplan/domain';
import type { DataSource } from 'typeorm';
import type { PlanAccount } from './plan.models';

interface AccountRow {
  id: string;
  display_name: string;
  role: Role;
}

/**
 * Accounts are closed to the runtime role: these reads run as the owner. Who can plan for a
 * Verwaltung: provider staff (admins, its project managers, every technician — they are assigned
 * to waves before they know the place) and the Verwaltung's own coordinators and viewers.
 */
export async function planAccountsOf(dataSource: DataSource, tenantId: string): Promise<PlanAccount[]> {
  const rows = await dataSource.query<AccountRow[]>(
    `SELECT a.id, a.display_name, a.role FROM account a
     WHERE a.active AND (a.role IN ('ADMIN', 'TECHNICIAN') OR a.tenant_id = $1
       OR EXISTS (SELECT 1 FROM account_tenant x WHERE x.account_id = a.id AND x.tenant_id = $1))
     ORDER BY lower(a.display_name), a.id`,
    [tenantId],
  );
  return rows.map((r) => ({ id: r.id, displayName: r.display_name, role: r.role }));
}

/** The named accounts that exist and are active, by id. */
export async function activeAccounts(dataSource: DataSource, ids: string[]): Promise<Map<string, PlanAccount>> {
  if (ids.length === 0) return new Map();
  const rows = await dataSource.query<AccountRow[]>(
    `SELECT id, display_name, role FROM account WHERE active AND id = ANY($1::uuid[])`,
    [ids],
  );
  return new Map(rows.map((r) => [r.id, { id: r.id, displayName: r.display_name, role: r.role }]));
}
