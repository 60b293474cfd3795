import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { buildSchema } from 'graphql';
import pg from 'pg';
import { RUNTIME_ROLE } from '../../migrations';
import { loginAs } from './support/accounts';
import { ACCOUNT_CASES } from './support/audit-account-cases';
import { CONFIRMATION_CASES } from './support/audit-confirmation-cases';
import { CUTOVER_CASES } from './support/audit-cutover-cases';
import { IMPORT_CASES } from './support/audit-import-cases';
import { INVENTORY_CASES, NOT_AUDITED, type AuditCase, type Changes } from './support/audit-cases';
import { PLAN_CASES } from './support/audit-plan-cases';
import { PRIVACY_CASES } from './support/audit-privacy-cases';
import { TEST_RUN_CASES } from './support/audit-test-run-cases';
import { aLocation, aPerson, aPrinter, aTenant, type Created } from './support/factories';
import { startTestApp, type Session, type TestApp } from './support/test-app';

interface Entry {
  tenantId: string | null;
  accountId: string | null;
  objectType: string;
  objectId: string;
  action: string;
  relatedId: string | null;
  context: string | null;
  changes: { field: string; oldValue: string | null; newValue: string | null }[];
}

const ENTRY = `tenantId accountId objectType objectId action relatedId context changes { field oldValue newValue }`;

// One case per audited mutation; checked against the schema's Mutation fields below.
const AUDIT_CASES: Record<string, AuditCase> = {
  ...INVENTORY_CASES,
  ...ACCOUNT_CASES,
  ...IMPORT_CASES,
  ...CONFIRMATION_CASES,
  ...TEST_RUN_CASES,
  ...PLAN_CASES,
  ...CUTOVER_CASES,
  ...PRIVACY_CASES,
};

// Every Mutation field of the committed schema: a new mutation without an audit case fails here.
const MUTATIONS = Object.keys(
  buildSchema(readFileSync(join(process.cwd(), 'api', 'schema.gql'), 'utf8'))
    .getMutationType()
    ?.getFields() ?? {},
).sort();

let api: TestApp;
let owner: pg.Client;

beforeAll(async () => {
  api = await startTestApp('audit');
  owner = new pg.Client({ connectionString: api.databaseUrl });
  await owner.connect();
});
afterAll(async () => {
  await owner.end();
  await api.close();
});

/** All entries as the database holds them (the admin's scope sees provider-level rows too). */
async function entries(
  session: Session | null = api.admin,
  filter: Record<string, unknown> = {},
): Promise<{
  totalCount: number;
  items: Entry[];
}> {
  const data = await api.gql<{ auditEntries: { totalCount: number; items: Entry[] } }>(
    `query($tenantId: ID, $objectId: ID, $objectType: AuditObjectType) {
       auditEntries(tenantId: $tenantId, objectId: $objectId, objectType: $objectType, limit: 1000) {
         totalCount items { ${ENTRY} } } }`,
    filter,
    { session },
  );
  return data.auditEntries;
}

const changesOf = (e: Entry): Changes => Object.fromEntries(e.changes.map((c) => [c.field, [c.oldValue, c.newValue]]));

describe('audit trail: every mutation', () => {
  it('has an audit case (or a written reason) for each Mutation field of schema.gql', () => {
    expect(MUTATIONS.length).toBeGreaterThan(30);
    const missing = MUTATIONS.filter((m) => !AUDIT_CASES[m] && !NOT_AUDITED[m]);
    expect(missing).toEqual([]);
    // No stale cases for mutations that no longer exist.
    expect(Object.keys({ ...AUDIT_CASES, ...NOT_AUDITED }).filter((m) => !MUTATIONS.includes(m))).toEqual([]);
  });

  it.each(MUTATIONS.filter((m) => AUDIT_CASES[m]))('%s writes exactly one entry with old and new values', async (m) => {
    const run = await AUDIT_CASES[m].prepare(api);
    const before = await entries();
    const expected = await run();
    const after = await entries();
    expect(after.totalCount).toBe(before.totalCount + 1);
    const entry = after.items[0];
    expect(entry).toMatchObject({
      objectType: expected.objectType,
      objectId: expected.objectId,
      action: expected.action,
      tenantId: expected.tenantId,
      accountId: expected.accountId ?? api.admin.accountId,
      relatedId: expected.relatedId ?? null,
    });
    if (expected.changes) expect(changesOf(entry)).toEqual(expected.changes);
    if (expected.includes) {
      expect(changesOf(entry)).toMatchObject(expected.includes);
      // Creates have no old values, deletes no new ones.
      const side = expected.action === 'CREATE' ? 'oldValue' : 'newValue';
      expect(entry.changes.filter((c) => c[side] !== null)).toEqual([]);
    }
  });
});

describe('audit trail: details', () => {
  let tenant: Created;
  let location: Created;
  let person: Created;

  beforeAll(async () => {
    tenant = await aTenant().create(api);
    location = await aLocation().of(tenant).create(api);
    person = await aPerson().at(location).create(api);
  });

  it('records a changed mapping flag as old → new, and the printer that lost the default', async () => {
    const first = await aPrinter().at(location).create(api);
    const second = await aPrinter().at(location).create(api);
    const assign = (printerId: string, isDefault: boolean) =>
      api.gql(
        `mutation($p: ID!, $r: ID!, $d: Boolean) { assignPrinter(personId: $p, printerId: $r, isDefault: $d) { id } }`,
        {
          p: person.id,
          r: printerId,
          d: isDefault,
        },
      );
    await assign(first.id, false);
    await assign(first.id, true);
    let [latest] = (await entries(api.admin, { objectId: person.id })).items;
    expect(changesOf(latest)).toEqual({ isDefault: ['false', 'true'] });
    await assign(second.id, true);
    [latest] = (await entries(api.admin, { objectId: person.id })).items;
    expect(latest).toMatchObject({ action: 'ASSIGN', relatedId: second.id });
    expect(JSON.parse(latest.context ?? '{}')).toEqual({ previousDefaultPrinterId: first.id });
    // The printer's own history shows the mappings that name it.
    const history = await api.gql<{ auditHistory: { items: Entry[] } }>(
      `query($id: ID!) { auditHistory(objectId: $id) { items { ${ENTRY} } } }`,
      { id: first.id },
    );
    expect(history.auditHistory.items.map((e) => e.action)).toEqual(['ASSIGN', 'ASSIGN', 'CREATE']);
  });

  it('writes nothing when the mutation fails, even after an earlier change in the same request', async () => {
    const empty = await aLocation().of(tenant).create(api);
    const printer = await aPrinter().at(empty).create(api);
    const before = await entries();
    const res = await api.request(
      `mutation($input: CreatePrinterInput!, $id: ID!) {
         a: createPrinter(input: $input) { id }
         b: deletePrinter(id: $id, version: 99) }`,
      { input: aPrinter().at(empty).build(), id: printer.id },
    );
    expect(res.errors?.[0].extensions?.code).toBe('CONFLICT');
    const after = await entries();
    expect(after.totalCount).toBe(before.totalCount);
    // The whole request was rolled back: the first change is gone as well.
    const printers = await api.gql<{ printers: { totalCount: number } }>(
      `query($l: ID!) { printers(locationId: $l) { totalCount } }`,
      { l: empty.id },
    );
    expect(printers.printers.totalCount).toBe(1);
  });

  it('shows a tenant’s entries only to accounts of that tenant; account entries only to the provider', async () => {
    const other = await aTenant().create(api);
    const coordinator = await loginAs(api, 'COORDINATOR', { tenantIds: [other.id] });
    const seen = await entries(coordinator);
    expect(seen.totalCount).toBeGreaterThan(0);
    expect(seen.items.every((e) => e.tenantId === other.id)).toBe(true);
    expect((await entries(coordinator, { tenantId: tenant.id })).totalCount).toBe(0);
    expect((await entries(coordinator, { objectType: 'ACCOUNT' })).totalCount).toBe(0);
  });

  it('exports CSV for German Excel: BOM, semicolons, one line per field, formulas neutralised', async () => {
    await aPrinter()
      .at(location)
      .with({ name: '=HYPERLINK("http://x";"y")', model: 'Modell; mit "Zitat"' })
      .create(api);
    const data = await api.gql<{ auditEntriesCsv: string }>(
      `query($t: ID!) { auditEntriesCsv(tenantId: $t, objectType: PRINTER) }`,
      { t: tenant.id },
    );
    const csv = data.auditEntriesCsv;
    expect(csv.startsWith('\ufeffZeitpunkt;Konto;')).toBe(true);
    expect(csv).toContain(`;"'=HYPERLINK(""http://x"";""y"")";`);
    expect(csv).toContain(`;model;;"Modell; mit ""Zitat"""`);
    expect(csv).not.toMatch(/;=HYPERLINK/);
  });
});

describe('audit trail: append-only for the runtime role', () => {
  it('grants the runtime role SELECT and INSERT on audit_entry, nothing else', async () => {
    const { rows } = await owner.query<{ p: string }>(
      `SELECT p FROM unnest(ARRAY['SELECT','INSERT','UPDATE','DELETE','TRUNCATE','REFERENCES','TRIGGER']) p
       WHERE has_table_privilege($1, 'audit_entry', p)`,
      [RUNTIME_ROLE],
    );
    expect(rows.map((r) => r.p)).toEqual(['SELECT', 'INSERT']);
  });

  it.each([
    ['UPDATE', `UPDATE audit_entry SET action = 'DELETE'`],
    ['DELETE', `DELETE FROM audit_entry`],
    ['TRUNCATE', `TRUNCATE audit_entry`],
  ])('refuses %s of audit rows to the runtime role, even in the provider scope', async (_, sql) => {
    await owner.query('BEGIN');
    try {
      await owner.query(`SET LOCAL ROLE ${RUNTIME_ROLE}`);
      await owner.query(`SELECT set_config('app.all_tenants', 'on', true)`);
      const { rows } = await owner.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_entry`);
      expect(rows[0].n).toBeGreaterThan(0);
      await expect(owner.query(sql)).rejects.toThrow(/permission denied/);
    } finally {
      await owner.query('ROLLBACK');
    }
  });
});
