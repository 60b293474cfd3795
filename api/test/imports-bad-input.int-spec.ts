import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { aLocation, aTenant, type Created } from './support/factories';
import { analyze, fixture, importFile, upload } from './support/imports';
import { startTestApp, type TestApp } from './support/test-app';
import { zipBomb } from './support/zip-bomb';

let api: TestApp;
let owner: pg.Client;
let tenant: Created;

const text = (s: string): Buffer => Buffer.from(s.replace(/\n/g, '\r\n'));

beforeAll(async () => {
  api = await startTestApp('imports_bad');
  owner = new pg.Client({ connectionString: api.databaseUrl });
  await owner.connect();
  tenant = await aTenant().create(api);
  await aLocation().of(tenant).with({ name: 'Rathaus' }).create(api);
  const other = await aTenant().create(api);
  await aLocation().of(other).with({ name: 'Fremdes Rathaus' }).create(api);
});
afterAll(async () => {
  await owner.end();
  await api.close();
});

/** Everything an import could write (the run records themselves excluded). */
async function written(): Promise<number> {
  const { rows } = await owner.query<{ n: number }>(
    `SELECT ((SELECT count(*) FROM person) + (SELECT count(*) FROM printer) + (SELECT count(*) FROM file_share)
      + (SELECT count(*) FROM location) + (SELECT count(*) FROM person_file_share) + (SELECT count(*) FROM audit_entry
      WHERE context ? 'importRunId'))::int AS n`,
  );
  return rows[0].n;
}

/** Uploads and commits with the suggested mapping; the analysis and the run both must name the problem. */
async function attempt(
  fileName: string,
  body: Buffer,
  target = 'PERSONS',
  extra: Record<string, unknown> = {},
): Promise<Awaited<ReturnType<typeof importFile>>> {
  const before = await written();
  const run = await importFile(api, { tenantId: tenant.id, target, fileName, body, mode: 'COMMIT', ...extra });
  expect(run.status).toBe('FAILED');
  expect(await written()).toBe(before);
  return run;
}

/** A file that cannot be read at all: a plain reason, in the analysis and in the run. */
async function unreadable(fileName: string, body: Buffer, code: string, message: RegExp): Promise<void> {
  const fileId = await upload(api, tenant.id, fileName, body);
  const a = await analyze(api, fileId, { target: 'PERSONS' });
  expect(a.problem).toMatch(message);
  const run = await attempt(fileName, body, 'PERSONS', { mapping: ['accountName'] });
  expect(run.failure).toMatchObject({ code });
  expect(run.failure?.message).toMatch(message);
}

describe('files that cannot be read get a clear reason and write nothing', () => {
  it('an empty file', () => unreadable('leer.csv', Buffer.alloc(0), 'FILE_EMPTY', /Die Datei ist leer/));

  it('a file of blank lines', () => unreadable('leer2.csv', text('\n\n  \n'), 'FILE_EMPTY', /Die Datei ist leer/));

  it('only a header', () =>
    unreadable('kopf.csv', text('Benutzername;Vorname\n'), 'FILE_ONLY_HEADER', /nur die Kopfzeile/));

  it('an unclosed quote', () =>
    unreadable(
      'quote.csv',
      text('Benutzername;Vorname\n"a.b;Anna\nc.d;Carl\n'),
      'CSV_UNCLOSED_QUOTE',
      /Anführungszeichen wird nicht geschlossen/,
    ));

  it('binary junk renamed .csv', () =>
    unreadable(
      'bild.csv',
      Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(4000)]),
      'FILE_BINARY',
      /keine Textdatei/,
    ));

  it('a truncated XLSX', () => {
    const xlsx = fixture('ablagen-gemeinde.xlsx');
    return unreadable('kaputt.xlsx', xlsx.subarray(0, Math.floor(xlsx.length / 2)), 'XLSX_BROKEN', /beschädigt/);
  });

  it('a password-protected XLSX (an OLE container with an EncryptedPackage stream)', () => {
    const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const body = Buffer.concat([header, Buffer.alloc(504), Buffer.from('EncryptedInfo\0EncryptedPackage', 'utf16le')]);
    return unreadable('geheim.xlsx', body, 'XLSX_ENCRYPTED', /Kennwort geschützt/);
  });

  // Found by reliability/scenarios/fuzz-imports.mjs: unpacking one took minutes and stalled /health.
  it('a zip bomb: an XLSX whose sheet unpacks 1000 times its size', () =>
    unreadable('bombe.xlsx', zipBomb(30), 'XLSX_UNPACKS_TOO_LARGE', /entpackt sich auf über 2048 MB/));

  it('a highly compressed but small XLSX part is still read as a (broken) workbook', () =>
    unreadable('klein.xlsx', zipBomb(0.5), 'XLSX_BROKEN', /beschädigt/));

  it('a 10 MB single cell', () =>
    unreadable(
      'riesig.csv',
      Buffer.concat([text('Benutzername;Vorname\na.b;"'), Buffer.alloc(10 * 1024 * 1024, 'x'), text('"\n')]),
      'CELL_TOO_LARGE',
      /größer als 100000 Zeichen/,
    ));
});

describe('rows with problems are listed by row and column, and nothing is written', () => {
  it('ragged rows: too many and too few cells', async () => {
    const run = await attempt(
      'zacken.csv',
      text('Benutzername;Vorname;Nachname\na.b;Anna;Bär\nc.d;Carl;Dorn;zu viel\ne.f;Eva\n'),
    );
    expect(run.errors.map((e) => [e.row, e.code])).toEqual([
      [3, 'ROW_TOO_MANY_CELLS'],
      [4, 'ROW_TOO_FEW_CELLS'],
    ]);
    expect(run.errors[0].message).toBe('Die Zeile hat 4 Zellen, die Kopfzeile aber nur 3.');
  });

  it('a file made for another target', async () => {
    const run = await attempt('ad.csv', fixture('ad-users-ps7.csv'), 'PRINTERS', {
      defaults: [{ field: 'location', value: 'Rathaus' }],
    });
    expect(run.failure).toMatchObject({ code: 'WRONG_TARGET' });
    expect(run.failure?.message).toMatch(/passen nicht zum Importziel „Drucker“/);
  });

  it("another tenant's data: a Standort that exists only in another Verwaltung", async () => {
    const run = await attempt('fremd.csv', text('Benutzername;Anzeigename;Standort\nf.remd;Fremd;Fremdes Rathaus\n'));
    expect(run.errors).toEqual([
      expect.objectContaining({ row: 2, column: 'Standort', code: 'UNKNOWN_LOCATION' }) as unknown,
    ]);
  });

  it('invalid e-mail addresses', async () => {
    const run = await attempt('mail.csv', text('Benutzername;Anzeigename;E-Mail\na.b;Anna;anna(at)test.de\n'));
    expect(run.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [2, 'E-Mail', '„anna(at)test.de“ ist keine gültige E-Mail-Adresse.'],
    ]);
  });

  it('invalid AGS values', async () => {
    const run = await attempt('orte.csv', text('Standort;AGS\nBauhof;0315401\nFreibad;03154013\n'), 'LOCATIONS');
    expect(run.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [2, 'AGS', '„0315401“ ist kein Amtlicher Gemeindeschlüssel (8 Ziffern).'],
    ]);
  });

  it('invalid drive letters', async () => {
    const run = await attempt(
      'ablagen.csv',
      text('Pfad;Laufwerk\n\\\\fs01\\bau;K:\n\\\\fs01\\kasse;KK\n\\\\fs01\\amt;1\n'),
      'FILE_SHARES',
    );
    expect(run.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [3, 'Laufwerk', 'INVALID_DRIVE_LETTER'],
      [4, 'Laufwerk', 'INVALID_DRIVE_LETTER'],
    ]);
  });

  it('a required column that is not mapped', async () => {
    const run = await attempt('ohne.csv', text('Vorname;Nachname\nAnna;Bär\n'), 'PERSONS', {
      mapping: ['givenName', 'surname'],
    });
    expect(run.failure?.message).toBe('Keine Spalte ist „Benutzername“ zugeordnet. Diese Angabe ist nötig.');
  });
});

describe('valid CSV that looks odd', () => {
  it('imports a multi-line quoted cell as one record', async () => {
    const body = text('Standort;Bemerkung\nBauhof;"Zufahrt über den Hof;\nSchlüssel beim Hausmeister"\nFreibad;\n');
    const run = await importFile(api, { tenantId: tenant.id, target: 'LOCATIONS', fileName: 'orte.csv', body });
    expect(run.errors).toEqual([]);
    expect(run.failure).toBeNull();
    expect(run.counts).toMatchObject({ created: 2 });
    const { rows } = await owner.query<{ notes: string }>(`SELECT notes FROM location WHERE name = 'Bauhof'`);
    expect(rows[0].notes).toBe('Zufahrt über den Hof;\r\nSchlüssel beim Hausmeister');
  });
});
