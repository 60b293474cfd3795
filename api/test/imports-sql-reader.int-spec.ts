import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import iconv from 'iconv-lite';
import pg from 'pg';
import { aLocation, aTenant, type Created } from './support/factories';
import { importFile } from './support/imports';
import { startTestApp, type TestApp } from './support/test-app';

let api: TestApp;
let owner: pg.Client;

beforeAll(async () => {
  api = await startTestApp('imports_sql_reader');
  owner = new pg.Client({ connectionString: api.databaseUrl });
  await owner.connect();
});
afterAll(async () => {
  await owner.end();
  await api.close();
});

async function tenantWithLocations(): Promise<Created> {
  const tenant = await aTenant().create(api);
  await aLocation().of(tenant).with({ name: 'Rathaus Nordheim' }).create(api);
  await aLocation().of(tenant).with({ name: 'Bauhof Nordheim' }).create(api);
  return tenant;
}

/** Which reader staged the run's rows (kept in its stored report). */
async function readerOf(runId: string): Promise<string> {
  const { rows } = await owner.query<{ reader: string }>(
    `SELECT report->>'reader' AS reader FROM import_run WHERE id = $1`,
    [runId],
  );
  return rows[0].reader;
}

async function personsOf(tenantId: string): Promise<Record<string, unknown>[]> {
  const { rows } = await owner.query<Record<string, unknown>>(
    `SELECT p.account_name, p.given_name, p.surname, p.display_name, p.department, p.email, l.name AS location
     FROM person p LEFT JOIN location l ON l.id = p.location_id WHERE p.tenant_id = $1 ORDER BY p.account_name`,
    [tenantId],
  );
  return rows;
}

// Cells the SQL reader must read exactly as parseCell does: padding (also a non-breaking space),
// a neutralised formula, a quoted delimiter and line break, empty cells, a derived display name,
// a disabled account (skipped) and a name longer in bytes than in characters.
const ROWS = [
  'Benutzername;Vorname;Nachname;Anzeigename;Abteilung;Standort;E-Mail;Aktiv',
  '  j.mueller ;Jürgen;Müller;;Kämmerei;Rathaus Nordheim;j.mueller@nordheim.de;ja',
  's.schaefer;Sören;Schäfer;\'=Sören;"Planung; Umwelt";bauhof nordheim;;',
  'a.weiss;\u00a0Anna\u00a0;Weiß;Anna Weiß;"Bürger-\r\nbüro";;a.weiss@nordheim.de;1',
  'x.alt;Xaver;Alt;;;Rathaus Nordheim;;nein',
  `z.${'ä'.repeat(50)};;;;;;;`,
];

describe('the SQL reader for plain UTF-8 CSV', () => {
  it('reads a file whose cells need no trimming the same way (the cheaper SQL for clean cells)', async () => {
    const text = `${ROWS[0]}\r\nj.mueller;Jürgen;Müller;;Kämmerei;Rathaus Nordheim;j@nordheim.de;ja\r\nz.zoe;Zoë;Weiß;;"a;b";;;\r\n`;
    const viaSql = await tenantWithLocations();
    const viaJs = await tenantWithLocations();
    const sql = await importFile(api, {
      tenantId: viaSql.id,
      target: 'PERSONS',
      fileName: 'p.csv',
      body: Buffer.from(text),
    });
    const js = await importFile(api, {
      tenantId: viaJs.id,
      target: 'PERSONS',
      fileName: 'p.csv',
      body: iconv.encode(text, 'win1252'),
    });
    expect([await readerOf(sql.id), await readerOf(js.id)]).toEqual(['SQL', 'JAVASCRIPT']);
    expect(sql.counts).toEqual(js.counts);
    expect(sql.counts).toMatchObject({ created: 2, errors: 0 });
    expect(sql.diffs).toEqual(js.diffs);
    expect(await personsOf(viaSql.id)).toEqual(await personsOf(viaJs.id));
  });

  it('stages, counts and writes what the JavaScript reader does for the same file', async () => {
    const text = `${ROWS.join('\r\n')}\r\n`;
    const viaSql = await tenantWithLocations();
    const viaJs = await tenantWithLocations();
    const runs = [];
    for (const [tenant, body] of [
      [viaSql, Buffer.from(text, 'utf8')],
      // Windows-1252 is read in JavaScript only; the text is the same.
      [viaJs, iconv.encode(text, 'win1252')],
    ] as const) {
      const dry = await importFile(api, {
        tenantId: tenant.id,
        target: 'PERSONS',
        fileName: 'p.csv',
        body,
        mode: 'DRY_RUN',
      });
      const run = await importFile(api, { tenantId: tenant.id, target: 'PERSONS', fileName: 'p.csv', body });
      runs.push({ dry, run, readers: [await readerOf(dry.id), await readerOf(run.id)] });
    }
    const [sql, js] = runs;
    expect(sql.readers).toEqual(['SQL', 'SQL']);
    expect(js.readers).toEqual(['JAVASCRIPT', 'JAVASCRIPT']);
    expect(sql.dry.counts).toEqual({
      created: 4,
      changed: 0,
      unchanged: 0,
      errors: 0,
      skipped: 1,
      missing: 0,
      marked: 0,
    });
    for (const k of ['dry', 'run'] as const) {
      expect(sql[k].counts).toEqual(js[k].counts);
      expect(sql[k].diffs).toEqual(js[k].diffs);
      expect(sql[k].errors).toEqual([]);
    }
    const stored = await personsOf(viaSql.id);
    expect(stored).toEqual(await personsOf(viaJs.id));
    expect(stored.find((p) => p.account_name === 'j.mueller')).toMatchObject({ display_name: 'Jürgen Müller' });
    expect(stored.find((p) => p.account_name === 's.schaefer')).toMatchObject({
      display_name: '=Sören',
      department: 'Planung; Umwelt',
      location: 'Bauhof Nordheim',
      email: null,
    });
    expect(stored.find((p) => p.account_name === 'a.weiss')).toMatchObject({
      given_name: 'Anna',
      department: 'Bürger-\r\nbüro',
    });

    // The same file again: all unchanged, nothing written.
    const again = await importFile(api, {
      tenantId: viaSql.id,
      target: 'PERSONS',
      fileName: 'p.csv',
      body: Buffer.from(text),
    });
    expect(again.counts).toMatchObject({ created: 0, changed: 0, unchanged: 4, skipped: 1 });
    expect(await readerOf(again.id)).toBe('SQL');
  });

  it('hands a file with a bad cell to the JavaScript reader, which names the row and column', async () => {
    const tenant = await tenantWithLocations();
    const body = Buffer.from(`${ROWS[0]}\r\n${ROWS[1]}\r\nb.bad;B;Bad;;;Rathaus Nordheim;keine-mail;ja\r\n`, 'utf8');
    const run = await importFile(api, { tenantId: tenant.id, target: 'PERSONS', fileName: 'p.csv', body });
    expect(run.status).toBe('FAILED');
    expect(run.errors).toEqual([
      expect.objectContaining({ row: 3, column: 'E-Mail', field: 'email', code: 'INVALID_EMAIL' }),
    ]);
    expect(await readerOf(run.id)).toBe('JAVASCRIPT');
    expect(await personsOf(tenant.id)).toEqual([]);
  });

  it('reads a file of several stored chunks whole, a quoted line break across a chunk boundary', async () => {
    const tenant = await tenantWithLocations();
    const lines = [ROWS[0]];
    // ~2.6 MB: three 1 MB chunks in import_file_chunk, records cut anywhere between them.
    for (let i = 0; i < 24_000; i++)
      lines.push(`u${String(i).padStart(5, '0')};Vorname ${i};Nachname;;"Abteilung\r\n${i}";Rathaus Nordheim;;ja`);
    const text = `${lines.join('\r\n')}\r\n`;
    const boundary = Buffer.from(text, 'utf8')
      .subarray(0, 1024 * 1024)
      .toString('utf8');
    const cut = /u(\d{5});[^\n]*$/.exec(boundary)?.[1];
    expect(cut).toBeDefined();
    const run = await importFile(api, {
      tenantId: tenant.id,
      target: 'PERSONS',
      fileName: 'p.csv',
      body: Buffer.from(text, 'utf8'),
    });
    expect(run.status).toBe('SUCCEEDED');
    expect(await readerOf(run.id)).toBe('SQL');
    const { rows } = await owner.query<{ n: number; at_cut: string | null; last: string | null }>(
      `SELECT count(*)::int AS n,
         max(department) FILTER (WHERE account_name = $2) AS at_cut,
         max(given_name) FILTER (WHERE account_name = 'u23999') AS last
       FROM person WHERE tenant_id = $1`,
      [tenant.id, `u${cut}`],
    );
    expect(rows[0]).toEqual({ n: 24_000, at_cut: `Abteilung\r\n${Number(cut)}`, last: 'Vorname 23999' });
  });

  it('hands a row of the wrong width to the JavaScript reader', async () => {
    const tenant = await tenantWithLocations();
    const body = Buffer.from(`${ROWS[0]}\r\n${ROWS[1]}\r\nc.kurz;C\r\n`, 'utf8');
    const run = await importFile(api, { tenantId: tenant.id, target: 'PERSONS', fileName: 'p.csv', body });
    expect(run.errors).toEqual([expect.objectContaining({ row: 3, code: 'ROW_TOO_FEW_CELLS' })]);
    expect(await personsOf(tenant.id)).toEqual([]);
  });
});
