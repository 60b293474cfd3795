import type { Role } from '@schaltplan/domain';
import type { DataSource } from 'typeorm';
import { ownerTransaction } from '../auth/owner-db';
import { hashPassword } from '../auth/passwords';

/** Fixed so the README and the startup banner can name it; demo data only, never production. */
export const DEMO_PASSWORD = 'Schaltplan-Demo!';

export interface DemoAccount {
  email: string;
  displayName: string;
  role: Role;
  /** Tenant names: the one tenant (coordinator, viewer) or the assigned ones (project manager). */
  tenants: string[];
  /** [tenant name, location name] pairs (technician). */
  locations: [string, string][];
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'admin@schaltplan.example', displayName: 'Ada Admin', role: 'ADMIN', tenants: [], locations: [] },
  {
    email: 'projektleitung@schaltplan.example',
    displayName: 'Paula Projektleitung',
    role: 'PROJECT_MANAGER',
    tenants: ['Amt Musterland', 'Samtgemeinde Beispiel'],
    locations: [],
  },
  {
    email: 'koordination@amt-musterland.example',
    displayName: 'Konrad Koordination',
    role: 'COORDINATOR',
    tenants: ['Amt Musterland'],
    locations: [],
  },
  {
    email: 'technik@schaltplan.example',
    displayName: 'Theo Technik',
    role: 'TECHNICIAN',
    tenants: [],
    locations: [
      ['Kreis Musterkreis', 'Kreishaus'],
      ['Kreis Musterkreis', 'Straßenmeisterei Altenbrück'],
    ],
  },
  {
    email: 'lesend@amt-musterland.example',
    displayName: 'Lena Lesend',
    role: 'VIEWER',
    tenants: ['Amt Musterland'],
    locations: [],
  },
];

/**
 * Creates the demo accounts (one per role) when no account exists yet and the demo tenants are
 * there. Returns the accounts that exist afterwards, for the startup banner.
 */
export async function ensureDemoAccounts(dataSource: DataSource): Promise<DemoAccount[]> {
  const hash = await hashPassword(DEMO_PASSWORD);
  return ownerTransaction(dataSource, async (query) => {
    const [{ accounts }] = await query<{ accounts: number }>(`SELECT count(*)::int AS accounts FROM account`);
    if (accounts === 0) {
      for (const demo of DEMO_ACCOUNTS) {
        const tenantIds = await query<{ id: string }>(`SELECT id FROM tenant WHERE name = ANY($1)`, [demo.tenants]);
        if (tenantIds.length !== demo.tenants.length) continue;
        const single = demo.role === 'COORDINATOR' || demo.role === 'VIEWER' ? tenantIds[0].id : null;
        const [{ id }] = await query<{ id: string }>(
          `INSERT INTO account (email, display_name, role, tenant_id, password_hash) VALUES ($1, $2, $3, $4, $5)
           RETURNING id`,
          [demo.email, demo.displayName, demo.role, single, hash],
        );
        if (demo.role === 'PROJECT_MANAGER') {
          await query(`INSERT INTO account_tenant (account_id, tenant_id) SELECT $1, unnest($2::uuid[])`, [
            id,
            tenantIds.map((t) => t.id),
          ]);
        }
        for (const [tenant, location] of demo.locations) {
          await query(
            `INSERT INTO account_location (account_id, tenant_id, location_id)
             SELECT $1, l.tenant_id, l.id FROM location l JOIN tenant t ON t.id = l.tenant_id
             WHERE t.name = $2 AND l.name = $3`,
            [id, tenant, location],
          );
          // Planned waves at the technician's Standorte (the demo's wave of today) list them as its technician.
          await query(
            `INSERT INTO wave_technician (tenant_id, location_id, account_id, account_name)
             SELECT l.tenant_id, l.id, $1, $4 FROM location l JOIN tenant t ON t.id = l.tenant_id
             WHERE t.name = $2 AND l.name = $3 AND l.cutover_date IS NOT NULL`,
            [id, tenant, location, demo.displayName],
          );
        }
      }
    }
    const existing = await query<{ email: string }>(`SELECT email FROM account WHERE email = ANY($1)`, [
      DEMO_ACCOUNTS.map((d) => d.email),
    ]);
    const emails = new Set(existing.map((e) => e.email));
    return DEMO_ACCOUNTS.filter((d) => emails.has(d.email));
  });
}

/** The startup banner lines for the demo accounts. */
export function demoAccountsBanner(accounts: DemoAccount[]): string {
  if (accounts.length === 0) return '';
  const width = Math.max(...accounts.map((a) => a.email.length));
  const lines = accounts.map((a) => {
    const scope = a.tenants.length ? a.tenants.join(', ') : a.locations.map(([, l]) => l).join(', ');
    return `  ${a.email.padEnd(width)}  ${a.role.padEnd(15)} ${scope}`;
  });
  return `Demo accounts (password "${DEMO_PASSWORD}" unless changed):\n${lines.join('\n')}\n`;
}
