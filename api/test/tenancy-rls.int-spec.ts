import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import {
  ACCOUNT_TABLES,
  AUDIT_TABLES,
  CUTOVER_TABLES,
  IMPORT_TABLES,
  PLAN_TABLES,
  RUNTIME_ROLE,
  TENANT_TABLES,
} from '../../migrations';
import { loginAs } from './support/accounts';
import { aLocation, aPerson, aPrinter, aTenant, type Created } from './support/factories';
import { startTestApp, type Session, type TestApp } from './support/test-app';

let api: TestApp;
let owner: pg.Client;
let tenantA: Created;
let tenantB: Created;
let personB: Created;
let printerB: Created;
let coordinatorA: Session;

beforeAll(async () => {
  api = await startTestApp('rls');
  owner = new pg.Client({ connectionString: api.databaseUrl });
  await owner.connect();
  tenantA = await aTenant().create(api);
  tenantB = await aTenant().create(api);
  const locationA = await aLocation().of(tenantA).create(api);
  const locationB = await aLocation().of(tenantB).create(api);
  await aPerson().at(locationA).create(api);
  personB = await aPerson().at(locationB).create(api);
  printerB = await aPrinter().at(locationB).create(api);
  coordinatorA = await loginAs(api, 'COORDINATOR', { tenantIds: [tenantA.id] });
});
afterAll(async () => {
  await owner.end();
  await api.close();
});

describe('row-level security in the database', () => {
  it('is enabled and forced on the tenant table and every table that has tenant_id', async () => {
    const { rows } = await owner.query<{ table: string; enabled: boolean; forced: boolean }>(
      `
      SELECT c.relname AS table, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r'
        AND (c.relname = 'tenant' OR EXISTS (
          SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped))
        AND c.relname <> ALL ($1)
      ORDER BY 1`,
      [ACCOUNT_TABLES],
    );
    expect(rows.map((r) => r.table)).toEqual(
      ['tenant', ...TENANT_TABLES, ...AUDIT_TABLES, ...IMPORT_TABLES, ...PLAN_TABLES, ...CUTOVER_TABLES].sort(),
    );
    for (const row of rows) expect(row).toEqual({ table: row.table, enabled: true, forced: true });
  });

  it('gives the runtime role no privilege at all on the account, session and login tables', async () => {
    const { rows } = await owner.query<{ table: string; privileges: string[] }>(
      `SELECT t AS table, ARRAY(SELECT p FROM unnest(ARRAY['SELECT','INSERT','UPDATE','DELETE','TRUNCATE','REFERENCES'])
         p WHERE has_table_privilege($1, t, p)) AS privileges FROM unnest($2::text[]) t`,
      [RUNTIME_ROLE, ACCOUNT_TABLES],
    );
    expect(rows).toEqual(ACCOUNT_TABLES.map((table) => ({ table, privileges: [] })));
  });

  it('runs requests as a role that is neither owner nor superuser nor exempt from RLS', async () => {
    const { rows: roles } = await owner.query<{ rolsuper: boolean; rolbypassrls: boolean; rolcanlogin: boolean }>(
      `SELECT rolsuper, rolbypassrls, rolcanlogin FROM pg_roles WHERE rolname = $1`,
      [RUNTIME_ROLE],
    );
    expect(roles).toEqual([{ rolsuper: false, rolbypassrls: false, rolcanlogin: false }]);
    const { rows: owned } = await owner.query(
      `SELECT c.relname FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner WHERE r.rolname = $1`,
      [RUNTIME_ROLE],
    );
    expect(owned).toEqual([]);
  });

  it('shows 0 rows to the runtime role when no tenant scope is set', async () => {
    const { rows: all } = await owner.query<{ n: number }>(`SELECT count(*)::int AS n FROM person`);
    expect(all[0].n).toBeGreaterThanOrEqual(2);
    await owner.query('BEGIN');
    try {
      await owner.query(`SET LOCAL ROLE ${RUNTIME_ROLE}`);
      for (const table of [
        'tenant',
        ...TENANT_TABLES,
        ...AUDIT_TABLES,
        ...IMPORT_TABLES,
        ...PLAN_TABLES,
        ...CUTOVER_TABLES,
      ]) {
        const { rows } = await owner.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
        expect({ table, n: rows[0].n }).toEqual({ table, n: 0 });
      }
    } finally {
      await owner.query('ROLLBACK');
    }
  });

  it('refuses, in the database itself, a row written into a tenant outside the scope', async () => {
    await owner.query('BEGIN');
    try {
      await owner.query(`SET LOCAL ROLE ${RUNTIME_ROLE}`);
      await owner.query(`SELECT set_config('app.tenant_ids', $1, true)`, [`{${tenantA.id}}`]);
      await expect(
        owner.query(`INSERT INTO location (tenant_id, name, kind) VALUES ($1, 'Eingeschmuggelt', 'SONSTIGES')`, [
          tenantB.id,
        ]),
      ).rejects.toThrow(/row-level security/);
    } finally {
      await owner.query('ROLLBACK');
    }
  });
});

describe('tenant scope of a request', () => {
  it('lists only the scoped tenant’s rows, even without a tenant filter', async () => {
    const res = await api.gql<{ persons: { items: { tenantId: string }[] }; tenants: { items: { id: string }[] } }>(
      `{ persons(limit: 1000) { items { tenantId } } tenants { items { id } } }`,
      {},
      { session: coordinatorA },
    );
    expect(new Set(res.persons.items.map((p) => p.tenantId))).toEqual(new Set([tenantA.id]));
    expect(res.tenants.items).toEqual([{ id: tenantA.id }]);
  });

  it('treats another tenant’s object as not found, for reads and writes alike', async () => {
    const read = await api.request(`{ person(id: "${personB.id}") { displayName } }`, {}, { session: coordinatorA });
    expect(read.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(JSON.stringify(read)).not.toContain('Muster');

    const write = await api.request(
      `mutation { updatePrinter(input: { id: "${printerB.id}", version: 1, targetQueue: "x" }) { id } }`,
      {},
      { session: coordinatorA },
    );
    expect(write.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const unchanged = await api.gql<{ printer: { targetQueue: string | null; version: number } }>(
      `{ printer(id: "${printerB.id}") { targetQueue version } }`,
    );
    expect(unchanged.printer).toEqual({ targetQueue: null, version: 1 });
  });

  it('refuses to create objects in a tenant outside the scope', async () => {
    const res = await api.request(
      `mutation($input: CreateLocationInput!) { createLocation(input: $input) { id } }`,
      { input: aLocation().of(tenantB).build() },
      { session: coordinatorA },
    );
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('ignores the retired x-tenant-id header: the scope comes from the session only', async () => {
    const res = await api.request<{ tenants: { items: { id: string }[] } }>(
      `{ tenants { items { id } } }`,
      {},
      { session: coordinatorA, headers: { 'x-tenant-id': tenantB.id } },
    );
    expect(res.data?.tenants.items).toEqual([{ id: tenantA.id }]);
  });
});
