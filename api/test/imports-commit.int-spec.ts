import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { loginAs } from './support/accounts';
import { aLocation, aPerson, aTenant, type Created } from './support/factories';
import { importFile, uploadRaw } from './support/imports';
import { startTestApp, type TestApp } from './support/test-app';

let api: TestApp;
let owner: pg.Client;
let tenant: Created;
let other: Created;

/** A German-Excel-style CSV: semicolons, CRLF, UTF-8. */
const csv = (rows: string[][]): Buffer => Buffer.from(rows.map((r) => r.join(';')).join('\r\n') + '\r\n');

const HEADER = ['Benutzername', 'Vorname', 'Nachname', 'Abteilung', 'Standort', 'E-Mail'];
const BASE = [
  HEADER,
  ['h.becker', 'Hanna', 'Becker', 'Kämmerei', 'Rathaus', 'h.becker@test.de'],
  ['t.koch', 'Tim', 'Koch', 'Bauamt', 'Rathaus', 't.koch@test.de'],
  ['u.wolf', 'Ute', 'Wolf', 'Bauamt', 'Außenstelle', ''],
];

beforeAll(async () => {
  api = await startTestApp('imports_commit');
  owner = new pg.Client({ connectionString: api.databaseUrl });
  await owner.connect();
  tenant = await aTenant().create(api);
  other = await aTenant().create(api);
  await aLocation().of(tenant).with({ name: 'Rathaus' }).create(api);
  await aLocation().of(tenant).with({ name: 'Außenstelle' }).create(api);
  // Exists only in the other tenant: for this tenant it is unknown.
  await aLocation().of(other).with({ name: 'Kreishaus' }).create(api);
});
afterAll(async () => {
  await owner.end();
  await api.close();
});

const persons = (t: Created = tenant) =>
  owner
    .query<{ account_name: string; department: string | null; email: string | null; version: number }>(
      `SELECT account_name, department, email, version, not_in_source_since FROM person WHERE tenant_id = $1
       ORDER BY account_name`,
      [t.id],
    )
    .then((r) => r.rows);

/** A fingerprint of every tenant-owned row and the audit trail: equal means byte-for-byte unchanged. */
async function fingerprint(): Promise<string> {
  const tables = [
    'location',
    'person',
    'workstation',
    'workstation_person',
    'printer',
    'person_printer',
    'audit_entry',
  ];
  const parts: string[] = [];
  for (const t of tables) {
    const { rows } = await owner.query<{ h: string | null }>(
      `SELECT md5(string_agg(x::text, '|' ORDER BY x::text)) AS h FROM ${t} x`,
    );
    parts.push(`${t}:${rows[0].h}`);
  }
  return parts.join(',');
}

const importPersons = (body: Buffer, extra: Record<string, unknown> = {}) =>
  importFile(api, { tenantId: tenant.id, target: 'PERSONS', fileName: 'personen.csv', body, ...extra });

describe('dry run, commit and re-import', () => {
  it('reports new, changed, unchanged rows with field diffs; re-importing the same file changes nothing', async () => {
    const dry = await importPersons(csv(BASE), { mode: 'DRY_RUN' });
    expect(dry.status).toBe('SUCCEEDED');
    expect(dry.counts).toMatchObject({ created: 3, changed: 0, unchanged: 0, errors: 0 });
    expect(await persons()).toEqual([]);

    const first = await importPersons(csv(BASE));
    expect(first.counts).toMatchObject({ created: 3, changed: 0, unchanged: 0, errors: 0 });
    expect((await persons()).map((p) => p.account_name)).toEqual(['h.becker', 't.koch', 'u.wolf']);

    const before = await fingerprint();
    const again = await importPersons(csv(BASE));
    expect(again.counts).toMatchObject({ created: 0, changed: 0, unchanged: 3, errors: 0 });
    expect(await fingerprint()).not.toBe(''); // the run record is not part of the fingerprint
    expect(await fingerprint()).toBe(before);

    // Account names match case-insensitively: T.KOCH is t.koch, with a new department.
    const changed = [HEADER, ['T.Koch', 'Tim', 'Koch', 'Ordnungsamt', 'Rathaus', 't.koch@test.de'], BASE[1]];
    const diff = await importPersons(csv(changed), { mode: 'DRY_RUN' });
    expect(diff.counts).toMatchObject({ created: 0, changed: 1, unchanged: 1 });
    expect(diff.diffs).toEqual([
      {
        row: 2,
        key: 'T.Koch',
        action: 'CHANGED',
        changes: expect.arrayContaining([
          { field: 'accountName', old: 't.koch', new: 'T.Koch' },
          { field: 'department', old: 'Bauamt', new: 'Ordnungsamt' },
        ]) as unknown,
      },
    ]);
  });

  it('writes one audit entry per created and changed person, and a history record with file hash and counts', async () => {
    const rows = [
      HEADER,
      ['h.becker', 'Hanna', 'Becker', 'Personalamt', 'Rathaus', 'h.becker@test.de'],
      ['n.neu', 'Nina', 'Neu', '', 'Rathaus', ''],
    ];
    const run = await importPersons(csv(rows));
    expect(run.counts).toMatchObject({ created: 1, changed: 1, unchanged: 0 });
    const { rows: audit } = await owner.query<{
      action: string;
      object_label: string;
      changes: Record<string, unknown>;
      context: Record<string, string>;
    }>(
      `SELECT action, object_label, changes, context FROM audit_entry WHERE context->>'importRunId' = $1 ORDER BY action`,
      [run.id],
    );
    expect(audit).toEqual([
      {
        action: 'CREATE',
        object_label: 'Nina Neu',
        changes: expect.objectContaining({ accountName: { old: null, new: 'n.neu' } }) as unknown,
        context: { importRunId: run.id, fileName: 'personen.csv' },
      },
      {
        action: 'UPDATE',
        object_label: 'Hanna Becker',
        changes: { department: { old: 'Kämmerei', new: 'Personalamt' } },
        context: { importRunId: run.id, fileName: 'personen.csv' },
      },
    ]);
    const history = await api.gql<{ importRuns: { items: Record<string, unknown>[] } }>(
      `query($t: ID!) { importRuns(tenantId: $t, mode: COMMIT, limit: 1) { items {
         id fileName fileSha256 accountName status counts { created changed unchanged errors } } } }`,
      { t: tenant.id },
    );
    const { createHash } = await import('node:crypto');
    expect(history.importRuns.items[0]).toEqual({
      id: run.id,
      fileName: 'personen.csv',
      fileSha256: createHash('sha256').update(csv(rows)).digest('hex'),
      accountName: 'Test ADMIN',
      status: 'SUCCEEDED',
      counts: { created: 1, changed: 1, unchanged: 0, errors: 0 },
    });
  });

  it('keeps records missing from the file, and marks them "nicht in Quelle" only on request', async () => {
    const only = csv([HEADER, BASE[1]]);
    const kept = await importPersons(only);
    expect(kept.counts?.missing).toBeGreaterThanOrEqual(3);
    expect(
      (await persons())
        .filter((p) => p.account_name !== 'h.becker')
        .every((p) => !('not_in_source_since' in p) || p.not_in_source_since === null),
    ).toBe(true);

    const marked = await importPersons(only, { markMissing: true });
    const missing = marked.counts?.missing ?? 0;
    expect(marked.counts?.marked).toBe(missing);
    const after = await persons();
    expect(after.length).toBeGreaterThanOrEqual(4); // nothing deleted
    const flagged = after.filter((p) => (p as { not_in_source_since?: Date | null }).not_in_source_since);
    expect(flagged.map((p) => p.account_name).sort()).toEqual(
      after
        .map((p) => p.account_name)
        .filter((n) => n !== 'h.becker')
        .sort(),
    );

    // Back in the file: the mark goes, and that is a change.
    const back = await importPersons(csv(BASE));
    expect(back.counts?.changed).toBe(2);
    expect((await persons()).find((p) => p.account_name === 't.koch')).toMatchObject({ not_in_source_since: null });
  });
});

describe('all or nothing', () => {
  it('leaves the database as it was when the connection dies mid-commit, marks the run failed, and a retry succeeds', async () => {
    // Fault injection in the database: the import's own connection is killed while it writes
    // the audit entry of its first UPDATE, i.e. after its INSERTs already ran in the transaction.
    await owner.query(`CREATE FUNCTION test_kill_import() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
      BEGIN
        IF NEW.context->>'fileName' = 'abbruch.csv' AND NEW.action = 'UPDATE' THEN
          PERFORM pg_terminate_backend(pg_backend_pid());
        END IF;
        RETURN NEW;
      END $$`);
    await owner.query(
      `CREATE TRIGGER test_kill_import AFTER INSERT ON audit_entry FOR EACH ROW EXECUTE FUNCTION test_kill_import()`,
    );
    const rows = [
      HEADER,
      ['h.becker', 'Hanna', 'Becker', 'Hauptamt', 'Rathaus', ''],
      ['z.zorn', 'Zoe', 'Zorn', 'IT', 'Rathaus', ''],
    ];
    const before = await fingerprint();
    const failed = await importFile(api, {
      tenantId: tenant.id,
      target: 'PERSONS',
      fileName: 'abbruch.csv',
      body: csv(rows),
    });
    expect(failed.status).toBe('FAILED');
    expect(failed.failure?.code).toBe('INTERNAL');
    expect(await fingerprint()).toBe(before);
    expect((await persons()).some((p) => p.account_name === 'z.zorn')).toBe(false);

    await owner.query(`DROP TRIGGER test_kill_import ON audit_entry`);
    await owner.query(`DROP FUNCTION test_kill_import()`);
    const retry = await importFile(api, {
      tenantId: tenant.id,
      target: 'PERSONS',
      fileName: 'abbruch.csv',
      body: csv(rows),
    });
    expect(retry.status).toBe('SUCCEEDED');
    expect(retry.counts).toMatchObject({ created: 1, changed: 1 });
    // The pool recovered: other requests work.
    expect((await persons()).some((p) => p.account_name === 'z.zorn')).toBe(true);
  });

  it('writes nothing when any row has an error, and names row, column and reason', async () => {
    const rows = [
      HEADER,
      ['x.neu', 'Xaver', 'Neu', 'IT', 'Rathaus', 'x.neu@test.de'],
      ['y.neu', 'Yvonne', 'Neu', 'IT', 'Kreishaus', 'keine-mail'],
      ['X.NEU', 'Xaver', 'Doppelt', 'IT', 'Rathaus', ''],
    ];
    const before = await fingerprint();
    const run = await importPersons(csv(rows));
    expect(run.status).toBe('FAILED');
    expect(run.failure?.code).toBe('HAS_ERRORS');
    expect(run.counts?.errors).toBe(2);
    expect(run.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [3, 'E-Mail', 'INVALID_EMAIL'],
      [3, 'Standort', 'UNKNOWN_LOCATION'],
      [4, 'Benutzername', 'DUPLICATE_IN_FILE'],
    ]);
    expect(run.errors[0].message).toBe('„keine-mail“ ist keine gültige E-Mail-Adresse.');
    expect(run.errors[1].message).toBe('Den Standort „Kreishaus“ gibt es in dieser Verwaltung nicht.');
    expect(run.errors[2].message).toBe('„X.NEU“ kommt in der Datei mehrfach vor (auch in Zeile 2).');
    expect(await fingerprint()).toBe(before);
  });
});

describe('access', () => {
  it('lets a coordinator import into their own Verwaltung only; viewers and anonymous callers cannot upload', async () => {
    const coordinator = await loginAs(api, 'COORDINATOR', { tenantIds: [tenant.id] });
    const own = await importFile(api, {
      tenantId: tenant.id,
      target: 'PERSONS',
      fileName: 'eigene.csv',
      body: csv([HEADER, ['k.koord', 'Kai', 'Koord', 'IT', 'Rathaus', '']]),
      session: coordinator,
    });
    expect(own.status).toBe('SUCCEEDED');
    const foreign = await uploadRaw(api, other.id, 'fremd.csv', csv(BASE), coordinator);
    expect(foreign.status).toBe(403);
    const viewer = await loginAs(api, 'VIEWER', { tenantIds: [tenant.id] });
    expect((await uploadRaw(api, tenant.id, 'v.csv', csv(BASE), viewer)).status).toBe(403);
    expect((await uploadRaw(api, tenant.id, 'a.csv', csv(BASE), null)).status).toBe(401);
    expect(await persons(other)).toEqual([]);
  });

  it('keeps a person created through the form when the file matches it', async () => {
    const location = await aLocation().of(tenant).with({ name: 'Bürgerbüro' }).create(api);
    await aPerson()
      .at(location)
      .with({ accountName: 'f.form', displayName: 'Frieda Form', department: 'Bürgerbüro' })
      .create(api);
    const run = await importPersons(
      csv([
        ['Benutzername', 'Abteilung'],
        ['F.FORM', 'Bürgerbüro'],
      ]),
    );
    // Only mapped columns are compared: the casing of the key is the one change.
    expect(run.counts).toMatchObject({ created: 0, changed: 1 });
    expect(run.diffs[0].changes).toEqual([{ field: 'accountName', old: 'f.form', new: 'F.FORM' }]);
  });
});
