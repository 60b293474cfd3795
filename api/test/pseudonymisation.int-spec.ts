import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { RUNTIME_ROLE } from '../../migrations';
import { CODE_COLUMNS } from '../src/project-closure/pseudonymisation.sql';
import { loginAs } from './support/accounts';
import type { Created } from './support/factories';
import {
  closedTenant,
  dump,
  needlesOf,
  PSEUDONYMISE,
  rowCounts,
  searchEverywhere,
  seedTenant,
  setClosure,
  who,
} from './support/pseudonymisation';
import { startTestApp, type Session, type TestApp } from './support/test-app';

// Names that break naive rewrites: umlauts, apostrophes, regex characters, quotes, backslashes.
const OBRIEN = who('s.obrien', 'Seán', "O'Brien-(Test)+", 'Sean.OBrien@alt-amt.de');
const GROESSE = who('j.groesse', 'Jürgen', 'Größe', 'J.Groesse@alt-amt.de');
const QUOTE = who('b.backslash', 'Bea "Bee"', 'Back\\slash', 'b.backslash@alt-amt.de');
const KOLUMNA = who('k.kolumna', 'Karla', 'Kolumna', 'k.kolumna@alt-amt.de');
const RENAMED = { ...who('k.kolumna', 'Karla', 'Meier-Kolumna', 'k.meier@alt-amt.de') };
const DELETED = who('d.geloescht', 'Dörte', 'Gelöscht', 'd.geloescht@alt-amt.de');
const IMPORTED = who('i.importiert', 'Imke', 'Importiert', 'imke.importiert@alt-amt.de');
const ORIGINALS = [OBRIEN, GROESSE, QUOTE, KOLUMNA, RENAMED, DELETED, IMPORTED].flatMap(needlesOf);
// The other Verwaltung: its own persons, one with a name the first one also has.
const BLEIBT = who('b.bleibt', 'Bernd', 'Bleibt', 'b.bleibt@andere.de');
const NAMESAKE = who('j.groesse', 'Jürgen', 'Größe', 'j.groesse@andere.de');

let api: TestApp;
let owner: pg.Client;
let tenant: Created;
let other: Created;
let manager: Session;
const NAME = "Amt O'Brien-Land (Test)";

const pseudonymise = (confirmName: string, session: Session | null = manager, tenantId = tenant.id) =>
  api.request<{ pseudonymiseTenant: Record<string, unknown> }>(
    PSEUDONYMISE,
    { input: { tenantId, confirmName } },
    { session },
  );
const auditCount = async (tenantId: string) =>
  (await owner.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_entry WHERE tenant_id = $1`, [tenantId]))
    .rows[0].n;
const mappings = async (tenantId: string) =>
  (
    await owner.query<{ kind: string; person_id: string; object_id: string }>(
      `SELECT 'printer' AS kind, person_id, printer_id AS object_id FROM person_printer WHERE tenant_id = $1
       UNION ALL SELECT 'workstation', person_id, workstation_id FROM workstation_person WHERE tenant_id = $1
       ORDER BY 1, 2, 3`,
      [tenantId],
    )
  ).rows;

beforeAll(async () => {
  api = await startTestApp('pseudonymisation');
  owner = new pg.Client({ connectionString: api.databaseUrl });
  await owner.connect();
  ({ tenant } = await seedTenant(api, {
    name: NAME,
    people: [OBRIEN, GROESSE, QUOTE],
    renamed: [KOLUMNA, RENAMED],
    deleted: DELETED,
    imported: IMPORTED,
  }));
  ({ tenant: other } = await seedTenant(api, {
    name: 'Gemeinde Andere',
    people: [BLEIBT, NAMESAKE],
    renamed: [who('x.alt', 'Xaver', 'Alt', 'x.alt@andere.de'), who('x.alt', 'Xaver', 'Neu', 'x.neu@andere.de')],
    deleted: who('y.weg', 'Yvonne', 'Weg', 'y.weg@andere.de'),
    imported: who('z.import', 'Zora', 'Import', 'z.import@andere.de'),
  }));
  manager = await loginAs(api, 'PROJECT_MANAGER', { tenantIds: [tenant.id] });
}, 120_000);
afterAll(async () => {
  await owner.end();
  await api.close();
});

describe('pseudonymising a Verwaltung after its closure', () => {
  it('finds every original name in the database before (the search works)', async () => {
    const hits = await searchEverywhere(owner, ORIGINALS, other.id);
    for (const needle of [...needlesOf(QUOTE), DELETED.displayName, KOLUMNA.displayName, IMPORTED.email]) {
      expect({ needle, found: hits.some((h) => h.value.toLowerCase().includes(needle.toLowerCase())) }).toEqual({
        needle,
        found: true,
      });
    }
    expect(hits.map((h) => h.table)).toEqual(expect.arrayContaining(['import_file', 'audit_entry', 'blocker']));
  });

  it('refuses while the Abschluss phase is not done, and changes nothing', async () => {
    const before = await dump(owner, tenant.id);
    const res = await pseudonymise(NAME);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', refusal: 'CLOSURE_NOT_DONE' });
    expect(res.errors?.[0].message).toMatch(/Abschluss/);
    await setClosure(api, tenant.id, 'IN_PROGRESS', manager);
    expect((await pseudonymise(NAME)).errors?.[0].extensions?.refusal).toBe('CLOSURE_NOT_DONE');
    const after = await dump(owner, tenant.id);
    expect({ ...after, project_phase: '', audit_entry: '' }).toEqual({ ...before, project_phase: '', audit_entry: '' });
  });

  it('refuses a confirmation name that is not exactly the Verwaltung’s, and another tenant’s manager', async () => {
    await setClosure(api, tenant.id, 'DONE', manager);
    for (const wrong of [NAME.toUpperCase(), `${NAME} `, 'Amt']) {
      const res = await pseudonymise(wrong);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'confirmName' }] });
    }
    const stranger = await loginAs(api, 'PROJECT_MANAGER', { tenantIds: [other.id] });
    const res = await pseudonymise(NAME, stranger);
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(JSON.stringify(res)).not.toContain('Brien');
  });

  it('replaces every name, account name and e-mail everywhere, the audit trail included; counts stay', async () => {
    const counts = await rowCounts(owner, tenant.id);
    const entries = await auditCount(tenant.id);
    const links = await mappings(tenant.id);
    const untouched = await dump(owner, other.id);

    const res = await pseudonymise(NAME);
    expect(res.errors).toBeUndefined();
    const result = res.data?.pseudonymiseTenant as Record<string, unknown> & { tenant: Record<string, unknown> };
    expect(result).toMatchObject({ persons: 5, formerPersons: 1, importFilesDeleted: 1 });
    expect(result.auditEntries).toBeGreaterThan(10);
    expect(result.tenant).toMatchObject({ id: tenant.id, pseudonymisedByName: 'Test PROJECT_MANAGER' });
    // Exactly the rows that named someone; everyday words ("Datenträger gelöscht") are left alone.
    expect(result.tables).toEqual(
      ['blocker', 'confirmation', 'import_run', 'location', 'printer', 'test_run', 'workstation'].map((table) => ({
        table,
        rows: 1,
      })),
    );

    expect(await searchEverywhere(owner, ORIGINALS, other.id)).toEqual([]);
    // The other Verwaltung, the namesake included, is exactly as it was.
    expect(await dump(owner, other.id)).toEqual(untouched);
    expect((await searchEverywhere(owner, [...needlesOf(BLEIBT), NAMESAKE.email])).length).toBeGreaterThan(5);

    expect(await rowCounts(owner, tenant.id)).toEqual({
      ...counts,
      audit_entry: counts.audit_entry + 1,
      import_file: 0,
      import_file_chunk: 0,
    });
    expect(counts.import_file).toBe(1);
    expect(await mappings(tenant.id)).toEqual(links);
    expect(await auditCount(tenant.id)).toBe(entries + 1);
  });

  it('numbers the persons by account name; the texts name the pseudonyms; confirmations stay confirmed', async () => {
    const { persons } = await api.gql<{ persons: { items: Record<string, string | null>[] } }>(
      `query($t: ID!) { persons(tenantId: $t, limit: 100) { items { accountName givenName surname displayName email } } }`,
      { t: tenant.id },
    );
    // b.backslash, i.importiert, j.groesse, k.kolumna, s.obrien; d.geloescht (deleted) is number 6.
    expect(persons.items.map((p) => p.displayName).sort()).toEqual([1, 2, 3, 4, 5].map((n) => `Person 000${n}`));
    expect(persons.items.find((p) => p.accountName === 'person-0003')).toEqual({
      accountName: 'person-0003',
      givenName: 'Person',
      surname: '0003',
      displayName: 'Person 0003',
      email: 'person-0003@pseudonym.invalid',
    });
    const { rows } = await owner.query<{ title: string; description: string; owner: string; snapshot: unknown }>(
      `SELECT b.title, b.description, b.owner, c.snapshot FROM blocker b, confirmation c
       WHERE b.tenant_id = $1 AND c.tenant_id = $1`,
      [tenant.id],
    );
    expect(rows[0]).toMatchObject({
      title: 'Kein Zugang für Person 0005',
      description: 'Person 0003 meldet: person-0005 kann sich nicht anmelden.',
      owner: 'Person 0003',
    });
    expect(JSON.stringify(rows[0].snapshot)).toContain('"Drucker Person 0003"');
    const { personConfirmations } = await api.gql<{ personConfirmations: { items: { state: string }[] } }>(
      `query($t: ID!) { personConfirmations(tenantId: $t, limit: 100) { items { state } } }`,
      { t: tenant.id },
    );
    expect(personConfirmations.items.filter((c) => c.state !== 'OPEN').map((c) => c.state)).toEqual(['CONFIRMED']);
  });

  it('audits it once, after the rewrite, with counts and without names', async () => {
    const { auditEntries } = await api.gql<{ auditEntries: { items: Record<string, string | null>[] } }>(
      `query($t: ID!) { auditEntries(tenantId: $t, limit: 1) { items { objectType objectId action context } } }`,
      { t: tenant.id },
    );
    const [entry] = auditEntries.items;
    expect(entry).toMatchObject({ objectType: 'TENANT', objectId: tenant.id, action: 'PSEUDONYMISE' });
    expect(JSON.parse(entry.context ?? '{}')).toMatchObject({ persons: 5, formerPersons: 1, importFilesDeleted: 1 });
    const { rows } = await owner.query(`SELECT 1 FROM audit_entry WHERE tenant_id = $1 AND action = 'PSEUDONYMISE'`, [
      tenant.id,
    ]);
    expect(rows).toHaveLength(1);
  });

  it('cannot be done twice nor undone', async () => {
    const res = await pseudonymise(NAME);
    expect(res.errors?.[0].extensions?.code).toBe('CONFLICT');
    await owner.query('BEGIN');
    try {
      await owner.query(`SET LOCAL ROLE ${RUNTIME_ROLE}`);
      await owner.query(`SELECT set_config('app.all_tenants', 'on', true)`);
      await expect(owner.query(`UPDATE tenant SET pseudonymised_at = NULL WHERE id = $1`, [tenant.id])).rejects.toThrow(
        /cannot be undone/,
      );
    } finally {
      await owner.query('ROLLBACK');
    }
  });
});

describe('two requests at once', () => {
  it('pseudonymise once: one wins, the other gets CONFLICT', async () => {
    const name = 'Amt Gleichzeitig';
    const closed = await closedTenant(api, name);
    const results = await Promise.all([1, 2].map(() => pseudonymise(name, api.admin, closed.id)));
    const codes = results.map((r) => r.errors?.[0].extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const { rows } = await owner.query(`SELECT 1 FROM audit_entry WHERE tenant_id = $1 AND action = 'PSEUDONYMISE'`, [
      closed.id,
    ]);
    expect(rows).toHaveLength(1);
  });
});

describe('the audit rewrite function', () => {
  const asRuntime = async (scope: string[] | 'all', sql: string, params: unknown[]) => {
    await owner.query('BEGIN');
    try {
      await owner.query(`SET LOCAL ROLE ${RUNTIME_ROLE}`);
      if (scope === 'all') await owner.query(`SELECT set_config('app.all_tenants', 'on', true)`);
      else await owner.query(`SELECT set_config('app.tenant_ids', $1, true)`, [`{${scope.join(',')}}`]);
      return await owner.query(sql, params);
    } finally {
      await owner.query('ROLLBACK');
    }
  };

  it('refuses a tenant that is not being pseudonymised in the same transaction, or outside the scope', async () => {
    await expect(asRuntime('all', `SELECT pseudonymise_audit_entries($1)`, [other.id])).rejects.toThrow(
      /only while it is being pseudonymised/,
    );
    // Already pseudonymised in an earlier transaction: no second rewrite.
    await expect(asRuntime('all', `SELECT pseudonymise_audit_entries($1)`, [tenant.id])).rejects.toThrow(
      /only while it is being pseudonymised/,
    );
    await expect(asRuntime([tenant.id], `SELECT pseudonymise_audit_entries($1)`, [other.id])).rejects.toThrow(
      /outside the caller's scope/,
    );
  });

  it('is the runtime role’s only way to change audit entries', async () => {
    const { rows } = await owner.query<{ definer: boolean; config: string[] }>(
      `SELECT prosecdef AS definer, proconfig AS config FROM pg_proc WHERE proname = 'pseudonymise_audit_entries'`,
    );
    expect(rows).toEqual([{ definer: true, config: ['search_path=public, pg_temp'] }]);
    await expect(asRuntime('all', `UPDATE audit_entry SET object_label = 'x'`, [])).rejects.toThrow(/permission/);
  });

  it('lists only code columns that exist (so a renamed column is not silently searched)', async () => {
    const { rows } = await owner.query<{ name: string }>(
      `SELECT table_name || '.' || column_name AS name FROM information_schema.columns WHERE table_schema = 'public'`,
    );
    const existing = new Set(rows.map((r) => r.name));
    expect([...CODE_COLUMNS].filter((c) => !existing.has(c))).toEqual([]);
  });
});
