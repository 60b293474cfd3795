import type pg from 'pg';
import { aLocation, aPerson, aPrinter, aTenant, aWorkstation, type Created } from './factories';
import { importFile } from './imports';
import type { Session, TestApp } from './test-app';

/** A person as created: the values that must vanish everywhere once pseudonymised. */
export interface Who {
  accountName: string;
  givenName: string;
  surname: string;
  displayName: string;
  email: string;
}

export const who = (accountName: string, givenName: string, surname: string, email: string): Who => ({
  accountName,
  givenName,
  surname,
  displayName: `${givenName} ${surname}`,
  email,
});

/** Display name, "given surname", account name and e-mail. */
export const needlesOf = (w: Who): string[] => [w.displayName, `${w.givenName} ${w.surname}`, w.accountName, w.email];

export const PHASE = `mutation($input: UpdateProjectPhaseInput!) { updateProjectPhase(input: $input) { version } }`;
export const PSEUDONYMISE = `mutation($input: PseudonymiseTenantInput!) {
  pseudonymiseTenant(input: $input) {
    persons formerPersons auditEntries importFilesDeleted tables { table rows }
    tenant { id pseudonymisedAt pseudonymisedByName }
  } }`;

/** Sets the tenant's Abschluss phase (created on its first save). */
export async function setClosure(api: TestApp, tenantId: string, status: string, session?: Session): Promise<void> {
  const { projectPhases } = await api.gql<{ projectPhases: { phase: string; version: number | null }[] }>(
    `query($t: ID!) { projectPhases(tenantId: $t) { phase version } }`,
    { t: tenantId },
    { session },
  );
  const version = projectPhases.find((p) => p.phase === 'ABSCHLUSS')?.version ?? null;
  await api.gql(PHASE, { input: { tenantId, phase: 'ABSCHLUSS', status, version } }, { session });
}

/** A new Verwaltung whose Abschluss is done (nothing else in it). */
export async function closedTenant(api: TestApp, name: string): Promise<Created> {
  const tenant = await aTenant().with({ name }).create(api);
  await setClosure(api, tenant.id, 'DONE');
  return tenant;
}

const create = (api: TestApp, location: Created, w: Who) =>
  aPerson()
    .at(location)
    .with({ ...w })
    .create(api);

/**
 * A Verwaltung where the persons' names have spread: mappings, a confirmation (snapshot of a
 * printer named after a person), a blocker, a test run, notes, a rename and a deletion (both in
 * the audit trail only), and a committed import whose uploaded file names a person.
 */
export async function seedTenant(
  api: TestApp,
  opts: { name: string; people: Who[]; renamed: [Who, Who]; deleted: Who; imported: Who },
): Promise<{ tenant: Created; persons: Created[] }> {
  const tenant = await aTenant().with({ name: opts.name }).create(api);
  const [first, second] = opts.people;
  const location = await aLocation()
    .of(tenant)
    .with({ notes: `Ansprechpartnerin: Frau ${second.surname}` })
    .create(api);
  const persons: Created[] = [];
  for (const w of opts.people) persons.push(await create(api, location, w));
  const printer = await aPrinter()
    .at(location)
    .with({ name: `Drucker ${second.displayName}` })
    .create(api);
  const workstation = await aWorkstation()
    .at(location)
    .with({ notes: `Bei Fragen: ${first.email.toUpperCase()}` })
    .create(api);
  await api.gql(`mutation($p: ID!, $r: ID!) { assignPrinter(personId: $p, printerId: $r, isDefault: true) { id } }`, {
    p: persons[1].id,
    r: printer.id,
  });
  await api.gql(`mutation($w: ID!, $p: ID!) { assignWorkstationPerson(workstationId: $w, personId: $p) { id } }`, {
    w: workstation.id,
    p: persons[0].id,
  });
  await api.gql(`mutation($t: ID!, $ids: [ID!]!) { confirmPersons(tenantId: $t, personIds: $ids) { confirmed } }`, {
    t: tenant.id,
    ids: [persons[1].id],
  });
  await api.gql(`mutation($input: CreateBlockerInput!) { createBlocker(input: $input) { id } }`, {
    input: {
      tenantId: tenant.id,
      title: `Kein Zugang für ${first.displayName}`,
      description: `${second.surname}, ${second.givenName} meldet: ${first.accountName} kann sich nicht anmelden.`,
      owner: second.displayName,
      objectType: 'PERSON',
      objectId: persons[0].id,
    },
  });
  await api.gql(`mutation($input: RecordTestRunInput!) { recordTestRun(input: $input) { id } }`, {
    input: { tenantId: tenant.id, testedOn: '2026-04-01', tester: second.displayName, result: 'PASSED' },
  });
  // Renamed: the old name lives on in the audit trail only.
  const [before, after] = opts.renamed;
  const renamed = await create(api, location, before);
  await api.gql(`mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { id } }`, {
    input: { id: renamed.id, version: renamed.version, ...after },
  });
  persons.push(renamed);
  const deleted = await create(api, location, opts.deleted);
  await api.gql(`mutation($id: ID!) { deletePerson(id: $id, version: 1) }`, { id: deleted.id });
  const csv = `Benutzername;Vorname;Nachname;E-Mail\r\n${opts.imported.accountName};${opts.imported.givenName};${opts.imported.surname};${opts.imported.email}\r\n`;
  const run = await importFile(api, {
    tenantId: tenant.id,
    target: 'PERSONS',
    fileName: `Liste ${opts.imported.displayName}.csv`,
    body: Buffer.from(csv),
    mode: 'COMMIT',
  });
  if (run.status !== 'SUCCEEDED') throw new Error(`import failed: ${JSON.stringify(run)}`);
  return { tenant, persons };
}

export interface Hit {
  table: string;
  column: string;
  value: string;
}

/**
 * Every text, varchar, char, text[] and json(b) column of every table in the public schema,
 * searched case-insensitively for each needle (JSON columns also for its JSON-escaped form).
 * Connected as the database owner with the all-tenants switch, so RLS hides no row.
 */
export async function searchEverywhere(owner: pg.Client, needles: string[], exceptTenant?: string): Promise<Hit[]> {
  await owner.query(`SELECT set_config('app.all_tenants', 'on', false)`);
  const { rows: columns } = await owner.query<{ table: string; column: string; udt: string; owned: boolean }>(
    `SELECT c.table_name AS table, c.column_name AS column, c.udt_name AS udt,
       EXISTS (SELECT 1 FROM information_schema.columns k WHERE k.table_schema = 'public'
         AND k.table_name = c.table_name AND k.column_name = 'tenant_id') AS owned
     FROM information_schema.columns c
     JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
       AND t.table_type = 'BASE TABLE'
     WHERE c.table_schema = 'public' AND c.udt_name IN ('text', 'varchar', 'bpchar', '_text', '_varchar', 'jsonb', 'json')`,
  );
  const like = (s: string) => `%${s.replace(/[\\%_]/g, '\\$&')}%`;
  const hits: Hit[] = [];
  for (const c of columns) {
    const json = c.udt === 'jsonb' || c.udt === 'json';
    const patterns = needles.flatMap((n) => (json ? [like(n), like(JSON.stringify(n).slice(1, -1))] : [like(n)]));
    const col = `"${c.column}"`;
    const expr = json ? `${col}::text` : c.udt.startsWith('_') ? `array_to_string(${col}, ' ')` : `${col}::text`;
    const other = exceptTenant && c.owned ? ` AND tenant_id IS DISTINCT FROM $2` : '';
    const { rows } = await owner.query<{ v: string }>(
      `SELECT ${expr} AS v FROM "${c.table}" WHERE ${expr} ILIKE ANY ($1)${other}`,
      exceptTenant && c.owned ? [patterns, exceptTenant] : [patterns],
    );
    for (const r of rows) hits.push({ table: c.table, column: c.column, value: r.v });
  }
  await owner.query(`SELECT set_config('app.all_tenants', 'off', false)`);
  return hits;
}

/** Tables with a tenant_id column. */
async function tenantTables(owner: pg.Client): Promise<string[]> {
  const { rows } = await owner.query<{ table: string }>(
    `SELECT table_name AS table FROM information_schema.columns
     WHERE table_schema = 'public' AND column_name = 'tenant_id' AND table_name NOT LIKE 'account%' ORDER BY 1`,
  );
  return rows.map((r) => r.table);
}

/** Rows per tenant table of one tenant. */
export async function rowCounts(owner: pg.Client, tenantId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of await tenantTables(owner)) {
    const { rows } = await owner.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "${table}" WHERE tenant_id = $1`,
      [tenantId],
    );
    counts[table] = rows[0].n;
  }
  return counts;
}

/** Every row of one tenant, as text: equal means untouched. */
export async function dump(owner: pg.Client, tenantId: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of await tenantTables(owner)) {
    const { rows } = await owner.query<{ d: string | null }>(
      `SELECT string_agg(t::text, E'\\n' ORDER BY t::text) AS d FROM "${table}" t WHERE tenant_id = $1`,
      [tenantId],
    );
    out[table] = rows[0].d ?? '';
  }
  const { rows } = await owner.query<{ d: string | null }>(
    `SELECT d FROM (
    SELECT string_agg(t::text, E'\\n' ORDER BY t::text) AS d FROM tenant t WHERE id = $1) x`,
    [tenantId],
  );
  out.tenant = rows[0].d ?? '';
  return out;
}
