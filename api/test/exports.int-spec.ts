import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { IMPORT_SPECS, IMPORT_TARGETS, exportColumns, parseCell, suggestMapping } from '@schaltplan/domain';
import { createExportFixture, type ExportFixture } from './support/export-fixtures';
import { csvRows, download, xlsxSheet } from './support/export-download';
import { aLocation, aPrinter, aTenant } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

let api: TestApp;
let fx: ExportFixture;
let q: string;

beforeAll(async () => {
  api = await startTestApp('exports');
  fx = await createExportFixture(api);
  q = `tenantId=${fx.tenant.id}`;
  // Another Verwaltung with data: no export of the first may ever show it.
  const other = await aTenant().with({ name: 'Stadt Fremdhausen' }).create(api);
  const otherLocation = await aLocation().of(other).with({ name: 'Fremdes Rathaus' }).create(api);
  await aPrinter().at(otherLocation).with({ name: 'DR-Fremd' }).create(api);
});
afterAll(() => api.close());

const today = (): string => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(new Date());

/** Rows of a `;` CSV export (header first). */
async function csv(path: string): Promise<string[][]> {
  const res = await download(api, path);
  expect(res.status).toBe(200);
  return csvRows(res.body, ';');
}

describe('CSV for German Excel', () => {
  it('writes BOM, semicolons, CRLF, German headers and umlauts; neutralises formula cells', async () => {
    const res = await download(api, `persons?${q}&format=csv`);
    expect(res.status).toBe(200);
    expect(res.contentType).toBe('text/csv; charset=utf-8');
    expect(res.disposition).toBe(
      `attachment; filename="Personen-Amt-Gruenhoefe-${today()}.csv"; ` +
        `filename*=UTF-8''Personen-Amt-Gr%C3%BCnh%C3%B6fe-${today()}.csv`,
    );
    expect(res.body.toString('utf8')).toBe(
      '\uFEFFBenutzername;Vorname;Nachname;Anzeigename;Abteilung;Standort;E-Mail\r\n' +
        "a.müller;Jörg;Müller;'@Jörg Müller;Kämmerei;bauhof Nord;\r\n" +
        "B.oezdemir;Özlem;Özdemir;Özlem Özdemir;'+49 4321 Bürgerbüro;Rathaus Grünstadt;b.oezdemir@gruen.de\r\n" +
        'c.ohne;;;Carl Ohne;;;\r\n',
    );
  });

  it('writes `,` for csv-comma, quoting where needed', async () => {
    const res = await download(api, `workstations?${q}&format=csv-comma`);
    expect(res.status).toBe(200);
    const text = res.body.toString('utf8');
    expect(text.startsWith('\uFEFFArbeitsplatz,Standort,Raum,')).toBe(true);
    expect(text).toContain(`"a.müller, B.oezdemir"\r\n`);
    expect(csvRows(res.body, ',')[2]).toEqual([
      'AP-Süd-01',
      'Rathaus Grünstadt',
      '1.04',
      'PC-SUED-01',
      'Windows 10',
      '',
      "'-x",
      'a.müller, B.oezdemir',
    ]);
  });
});

describe('every list', () => {
  it('locations', async () => {
    expect(await csv(`locations?${q}&format=csv`)).toEqual([
      exportColumns('LOCATIONS').map((c) => c.label.de),
      ['bauhof Nord', 'Bauhof', '', '', '', '', '', '', '', ''],
      [
        'Rathaus Grünstadt',
        'Rathaus',
        'Hauptstraße 1',
        '12345',
        'Grünstadt',
        '03241001',
        '1000',
        "'-x VPN",
        '100',
        "'=SUM(A1)",
      ],
    ]);
  });

  it('workstations with their persons (account names, sorted)', async () => {
    const rows = await csv(`workstations?${q}&format=csv`);
    expect(rows[0].at(-1)).toBe('Personen (Benutzernamen)');
    expect(rows.slice(1)).toEqual([
      ['ap-02', 'bauhof Nord', '', '', '', 'TC-9', '', ''],
      ['AP-Süd-01', 'Rathaus Grünstadt', '1.04', 'PC-SUED-01', 'Windows 10', '', "'-x", 'a.müller, B.oezdemir'],
    ]);
  });

  it('printers with share name and notes', async () => {
    expect(await csv(`printers?${q}&format=csv`)).toEqual([
      [
        'Drucker',
        'Standort',
        'Art',
        'Modell',
        'IP/Anschluss',
        'Freigabename',
        'Raum',
        'Ziel-Warteschlange',
        'Bemerkung',
      ],
      ['dr-bauhof', 'bauhof Nord', 'Drucker', '', '', '', '', '', ''],
      [
        'DR-Flur',
        'Rathaus Grünstadt',
        'Multifunktionsgerät',
        'Kyocera TASKalfa',
        '10.0.0.5',
        'DR-Flur-Freigabe',
        '1. OG',
        '\\\\print01\\Flur',
        "'=SUM(A1)",
      ],
    ]);
  });

  it('person → printer mappings with the default flag', async () => {
    expect(await csv(`person-printers?${q}&format=csv`)).toEqual([
      ['Benutzername', 'Drucker', 'Standarddrucker'],
      ['a.müller', 'dr-bauhof', 'ja'],
      ['B.oezdemir', 'dr-bauhof', 'nein'],
      ['B.oezdemir', 'DR-Flur', 'ja'],
    ]);
  });

  it('software: catalogue only, or one row per person plus one for software without persons', async () => {
    const header = ['Produkt', 'Version', 'Hersteller', 'Lizenz', 'Bereitstellung', 'Ersetzt durch'];
    const acrobat = ['acrobat Reader', '', 'Adobe', '', 'Noch offen', ''];
    const office = ['Office', '2021', 'Microsoft', 'Volumen', 'Standard-Image', ''];
    expect(await csv(`software?${q}&format=csv`)).toEqual([header, acrobat, office]);
    expect(await csv(`software?${q}&format=csv&withPersons=true`)).toEqual([
      [...header, 'Benutzername'],
      [...acrobat, ''],
      [...office, 'a.müller'],
      [...office, 'B.oezdemir'],
    ]);
  });

  it('file shares with German decimals, access and the persons’ drive letters', async () => {
    const share = ['\\\\fs01\\Bürger', 'G', 'Rathaus Grünstadt', '12,50', 'Bürgerservice', '\\\\cloud\\Bürger'];
    const header = ['Pfad (UNC)', 'Laufwerk', 'Standort', 'Größe (GB)', 'Zuständige Abteilung', 'Zielpfad'];
    expect(await csv(`file-shares?${q}&format=csv`)).toEqual([header, ['\\\\fs01\\alt', '', '', '', '', ''], share]);
    expect(await csv(`FILE_SHARES?${q}&format=csv&withPersons=true`)).toEqual([
      [...header, 'Benutzername', 'Zugriff', 'Laufwerk der Person'],
      ['\\\\fs01\\alt', '', '', '', '', '', '', '', ''],
      [...share, 'a.müller', 'Lesen', ''],
      [...share, 'B.oezdemir', 'Lesen und Schreiben', 'H'],
    ]);
  });

  it('Fachverfahren with enum labels, ja/nein and the interfaces list', async () => {
    expect(await csv(`fachverfahren?${q}&format=csv&withPersons=true`)).toEqual([
      [
        'Fachverfahren',
        'Bereich',
        'Hersteller',
        'Betrieb heute',
        'Betrieb künftig',
        'Kritikalität',
        'Krisenrelevant',
        'Personenbezogene Daten',
        'Schnittstellen',
        'Hinweise zu Schnittstellen',
        'Fachlich zuständig',
        'Benutzername',
      ],
      [
        'Einwohnerwesen',
        'Einwohnermeldewesen',
        'AKDB',
        'Lokaler Server',
        'Noch offen',
        'Hoch',
        'ja',
        'ja',
        'Textkopplung (Word-Vorlagen), XMeld/OSCI',
        'Vorlagen unter H:\\Vorlagen',
        'Bürgerbüro',
        'a.müller',
      ],
    ]);
  });

  it('Verwaltungen (TENANTS)', async () => {
    const rows = await csv(`tenants?${q}&format=csv`);
    expect(rows[0]).toEqual(['Verwaltung', 'Art', 'Gemeindeschlüssel (AGS)', 'Einwohner', 'Mitgliedsgemeinden']);
    expect(rows.slice(1)).toEqual([
      ['Amt Grünhöfe', 'Amt', expect.stringMatching(/^\d{8}$/), expect.any(String), 'Nordheim, Südheim'],
    ]);
    const all = await csv('tenants?format=csv');
    expect(all.slice(1).map((r) => r[0])).toEqual(['Amt Grünhöfe', 'Stadt Fremdhausen']);
  });

  it.each(IMPORT_TARGETS)('%s: headers map automatically and every cell parses back', async (target) => {
    const path = `${target}?${q}&format=csv${IMPORT_SPECS[target].personLink ? '&withPersons=true' : ''}`;
    const [header, ...rows] = await csv(path);
    const columns = exportColumns(target, true);
    expect(suggestMapping(target, header)).toEqual(columns.map((c) => c.field));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      row.forEach((cell, i) => {
        const spec = columns[i];
        // Emptiness is the import's business (rows without assignment, software without version).
        const result = parseCell({ ...spec, required: false, key: false }, cell);
        expect({ field: spec.field, cell, result: result.ok }).toEqual({ field: spec.field, cell, result: true });
      });
    }
  });
});

describe('XLSX', () => {
  it('has one bold-headed sheet named after the list, numbers as numbers, formulas neutralised', async () => {
    const res = await download(api, `locations?${q}&format=xlsx`);
    expect(res.status).toBe(200);
    expect(res.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.disposition).toContain(`filename="Standorte-Amt-Gruenhoefe-${today()}.xlsx"`);
    const sheet = await xlsxSheet(res.body);
    expect(sheet.name).toBe('Standorte');
    expect(sheet.headerBold).toBe(true);
    expect(sheet.rows).toEqual([
      exportColumns('LOCATIONS').map((c) => c.label.de),
      ['bauhof Nord', 'Bauhof', null, null, null, null, null, null, null, null],
      [
        'Rathaus Grünstadt',
        'Rathaus',
        'Hauptstraße 1',
        '12345',
        'Grünstadt',
        '03241001',
        1000,
        "'-x VPN",
        100,
        "'=SUM(A1)",
      ],
    ]);
  });

  it('persons, and file shares with decimal sizes as numbers', async () => {
    const persons = await xlsxSheet((await download(api, `persons?${q}&format=xlsx`)).body);
    expect(persons.rows[0]).toEqual([
      'Benutzername',
      'Vorname',
      'Nachname',
      'Anzeigename',
      'Abteilung',
      'Standort',
      'E-Mail',
    ]);
    expect(persons.rows[1]).toEqual(['a.müller', 'Jörg', 'Müller', "'@Jörg Müller", 'Kämmerei', 'bauhof Nord', null]);
    expect(persons.rows[2][4]).toBe("'+49 4321 Bürgerbüro");
    const shares = await xlsxSheet((await download(api, `file-shares?${q}&format=xlsx&withPersons=true`)).body);
    expect(shares.name).toBe('Dateiablagen');
    expect(shares.rows[3]).toEqual([
      '\\\\fs01\\Bürger',
      'G',
      'Rathaus Grünstadt',
      12.5,
      'Bürgerservice',
      '\\\\cloud\\Bürger',
      'B.oezdemir',
      'Lesen und Schreiben',
      'H',
    ]);
  });
});

describe('filters', () => {
  it('narrows to a location (named in the file) and by search', async () => {
    const res = await download(api, `printers?${q}&locationId=${fx.rathaus.id}&format=csv`);
    expect(res.disposition).toContain(`filename="Drucker-Amt-Gruenhoefe-Rathaus-Gruenstadt-${today()}.csv"`);
    expect(csvRows(res.body, ';').map((r) => r[0])).toEqual(['Drucker', 'DR-Flur']);
    expect((await csv(`persons?${q}&search=k%C3%A4mmerei&format=csv`)).map((r) => r[0])).toEqual([
      'Benutzername',
      'a.müller',
    ]);
    const mappings = await csv(`person-printers?${q}&locationId=${fx.bauhof.id}&format=csv`);
    expect(mappings.slice(1)).toEqual([['a.müller', 'dr-bauhof', 'ja']]);
  });
});
