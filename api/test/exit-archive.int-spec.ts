import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadDemoData } from '../src/demo';
import { EXCLUDED_TABLES, EXIT_TABLES, SCHEMA_VERSION } from '../src/exit-archive/exit-archive.format';
import {
  databaseFootprint,
  exportArchive,
  ownerRows,
  rowsOf,
  setRows,
  tableCounts,
  tamper,
  text,
  unpack,
  uploadArchive,
} from './support/exit-archive';
import { enrichTenant } from './support/exit-scenario';
import { aLocation, aPerson, aTenant, aWorkstation } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

let a: TestApp;
let b: TestApp;
let tenantId: string;
let archive1: Buffer;

beforeAll(async () => {
  // One after the other: the first migration of a run creates the cluster-wide runtime role.
  a = await startTestApp('exit_a');
  b = await startTestApp('exit_b');
  await a.dataSource.transaction(async (m) => {
    await m.query(`SELECT set_config('app.all_tenants', 'on', true)`);
    await loadDemoData({ query: (sql, params) => m.query(sql, params) });
  });
  [{ id: tenantId }] = await ownerRows<{ id: string }>(a, `SELECT id FROM tenant WHERE name = 'Amt Musterland'`);
  await enrichTenant(a, tenantId);
  archive1 = await exportArchive(a, tenantId);
}, 240_000);
afterAll(() => Promise.all([a?.close(), b?.close()]));

const dataFiles = (files: Record<string, Uint8Array>): string[] =>
  Object.keys(files).filter((p) => p.startsWith('data/') || p.startsWith('attachments/'));

describe('round trip', () => {
  it('archives every tenant table with manifest, checksums, README and the uploaded files', () => {
    const files = unpack(archive1);
    const manifest = JSON.parse(text(files, 'manifest.json')) as {
      format: string;
      version: number;
      schemaVersion: string;
      tenant: { id: string; name: string };
      files: { path: string; rows?: number }[];
    };
    expect(manifest).toMatchObject({
      format: 'schaltplan-exit-archive',
      version: 1,
      schemaVersion: SCHEMA_VERSION,
      tenant: { id: tenantId, name: 'Amt Musterland' },
    });
    expect(Object.keys(files).sort()).toEqual(['manifest.json', ...manifest.files.map((f) => f.path)].sort());
    expect(text(files, 'README.txt')).toContain('docs/exit-archive.md');
    for (const { table } of EXIT_TABLES) expect(manifest.files.map((f) => f.path)).toContain(`data/${table}.json`);
    // The scenario left its traces: the archive carries the plan, the cutover night and the trail.
    expect(rowsOf(files, 'confirmation').some((c) => c.changed_at !== null)).toBe(true);
    expect(rowsOf(files, 'confirmation').some((c) => c.status === 'REJECTED')).toBe(true);
    expect(rowsOf(files, 'checklist_step').filter((s) => s.done_at !== null).length).toBeGreaterThan(3);
    expect(rowsOf(files, 'test_run').some((r) => r.signed_off_at !== null)).toBe(true);
    expect(rowsOf(files, 'blocker').map((r) => r.open)).toEqual(expect.arrayContaining([true, false]));
    expect(rowsOf(files, 'cutover_operation').length).toBeGreaterThan(3);
    expect(rowsOf(files, 'wave_technician')[0]).toMatchObject({ account_name: 'Test TECHNICIAN' });
    expect(rowsOf(files, 'audit_entry').length).toBeGreaterThan(10);
    expect(rowsOf(files, 'tenant')[0]).toMatchObject({ inhabitants: 11900, version: 2 });
    // The upload of over 2 MB went into several chunks; they point into one attachment, the file itself.
    const chunks = rowsOf(files, 'import_file_chunk');
    expect(chunks.length).toBeGreaterThan(1);
    const attachment = (chunks[0].data as { attachment: string }).attachment;
    expect(attachment).toMatch(/^attachments\/import_file\/[0-9a-f-]{36}\/AD-Export Bauamt \(groß\)\.csv$/);
    expect(text(files, attachment).startsWith('Benutzername;Anzeigename;Abteilung\r\nnutzer.0;')).toBe(true);
    // The export's own audit entry is written after reading: it is not in the archive.
    expect(rowsOf(files, 'audit_entry').some((e) => e.action === 'EXPORT')).toBe(false);
  });

  it('imports into an empty instance and exports again with identical data files', async () => {
    const imported = await uploadArchive(b, archive1);
    expect(imported.status).toBe(201);
    expect(imported.json).toMatchObject({ tenantId, name: 'Amt Musterland' });
    const archive2 = await exportArchive(b, tenantId);
    const [one, two] = [unpack(archive1), unpack(archive2)];
    expect(Object.keys(two).sort()).toEqual(Object.keys(one).sort());
    for (const path of dataFiles(one))
      expect({ path, same: Buffer.compare(one[path], two[path]) === 0 }).toEqual({ path, same: true });
    const [m1, m2] = [JSON.parse(text(one, 'manifest.json')), JSON.parse(text(two, 'manifest.json'))] as Record<
      string,
      unknown
    >[];
    expect({ ...m2, exportedAt: null }).toEqual({ ...m1, exportedAt: null });
    expect(await tableCounts(b, tenantId)).toEqual(await tableCounts(a, tenantId));
  });

  it('records the import at provider level and the export in the tenant’s trail', async () => {
    const entries = await ownerRows<{ tenant_id: string | null; action: string; context: Record<string, unknown> }>(
      b,
      `SELECT tenant_id, action, context FROM audit_entry WHERE object_id = $1 AND action IN ('ARCHIVE_IMPORT', 'EXPORT')
       ORDER BY at`,
      [tenantId],
    );
    expect(entries).toEqual([
      { tenant_id: null, action: 'ARCHIVE_IMPORT', context: expect.objectContaining({ kind: 'EXIT_ARCHIVE' }) },
      { tenant_id: tenantId, action: 'EXPORT', context: expect.objectContaining({ kind: 'EXIT_ARCHIVE' }) },
    ]);
  });

  it('archives every table that carries a tenant, except the accounts', async () => {
    const tables = await ownerRows<{ table_name: string }>(
      a,
      `SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'tenant_id'`,
    );
    const archived = EXIT_TABLES.map((t) => t.table).filter((t) => t !== 'tenant');
    expect(tables.map((t) => t.table_name).sort()).toEqual([...archived, ...EXCLUDED_TABLES].sort());
  });
});

describe('bad input', () => {
  let small: Buffer;
  let small2: { id: string; name: string; ags: string };

  beforeAll(async () => {
    const tenant = await aTenant().create(a);
    const location = await aLocation().of(tenant).create(a);
    await aPerson().at(location).create(a);
    await aWorkstation().at(location).create(a);
    await a.gql(`mutation($input: RecordTestRunInput!) { recordTestRun(input: $input) { id } }`, {
      input: { tenantId: tenant.id, testedOn: '2026-08-21', tester: 'Herr Test', result: 'PASSED' },
    });
    small = await exportArchive(a, tenant.id);
    const other = await aTenant().create(b);
    const [row] = await ownerRows<{ name: string; ags: string }>(b, `SELECT name, ags FROM tenant WHERE id = $1`, [
      other.id,
    ]);
    small2 = { id: other.id, ...row };
  });

  /** Uploads to B; the import must fail and leave B exactly as it was. */
  async function refused(zip: Uint8Array, status: number) {
    const before = await databaseFootprint(b);
    const res = await uploadArchive(b, zip);
    expect({ status: res.status, code: res.json.code }).toEqual({
      status,
      code: status === 409 ? 'CONFLICT' : 'BAD_USER_INPUT',
    });
    expect(await databaseFootprint(b)).toEqual(before);
    return res.json;
  }

  it('refuses a file whose checksum does not match, naming the file', async () => {
    const zip = tamper(small, (files) => (files['data/person.json'] = Buffer.from('[]\n')), false);
    const json = await refused(zip, 400);
    expect(json.message).toContain('data/person.json');
    expect(json.message).toContain('SHA-256');
  });

  it('refuses a missing file', async () => {
    const zip = tamper(small, (files) => delete files['data/location.json'], false);
    expect((await refused(zip, 400)).details).toEqual({ file: 'data/location.json' });
  });

  it('refuses an unknown column, naming file, row and column', async () => {
    const zip = tamper(small, (files, manifest) =>
      setRows(files, manifest, 'person', [{ ...rowsOf(files, 'person')[0], colour: 'rot' }]),
    );
    const json = await refused(zip, 400);
    expect(json.details).toEqual({ file: 'data/person.json', row: 1, column: 'colour' });
  });

  it('refuses a row that breaks a constraint late in the import and keeps nothing of the earlier tables', async () => {
    const zip = tamper(small, (files, manifest) =>
      setRows(files, manifest, 'test_run', [{ ...rowsOf(files, 'test_run')[0], result: 'VIELLEICHT' }]),
    );
    const json = await refused(zip, 400);
    expect(json.details).toEqual({ file: 'data/test_run.json', row: 1 });
    expect(json.message).toContain('check constraint');
  });

  it('refuses an archive of another format, version or schema, and no ZIP at all', async () => {
    for (const [key, value] of [
      ['format', 'other'],
      ['version', 2],
      ['schemaVersion', 'Old1700000000000'],
    ] as const) {
      const zip = tamper(small, (_, manifest) => (manifest[key] = value));
      expect((await refused(zip, 400)).details).toEqual({ file: 'manifest.json', column: key });
    }
    expect((await refused(Buffer.from('PK nonsense'), 400)).message).toContain('ZIP');
  });

  it('refuses a Verwaltung that exists already (same id, name or AGS), naming it', async () => {
    expect((await refused(archive1, 409)).details).toMatchObject({ field: 'id', name: 'Amt Musterland' });
    for (const [field, value] of [
      ['name', { name: small2.name }],
      ['ags', { ags: small2.ags }],
    ] as const) {
      const zip = tamper(small, (files, manifest) => {
        const tenant = { ...(manifest.tenant as Record<string, unknown>), ...value };
        manifest.tenant = tenant;
        setRows(files, manifest, 'tenant', [{ ...rowsOf(files, 'tenant')[0], ...value }]);
      });
      const json = await refused(zip, 409);
      expect(json.details).toMatchObject({ field, tenantId: small2.id });
      expect(json.message).toContain(small2.name);
    }
  });
});
