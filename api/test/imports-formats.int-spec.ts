import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { aLocation, aTenant, type Created } from './support/factories';
import { analyze, fixture, importFile, upload } from './support/imports';
import { startTestApp, type TestApp } from './support/test-app';

let api: TestApp;
let tenant: Created;

beforeAll(async () => {
  api = await startTestApp('imports_formats');
  tenant = await aTenant().create(api);
  await aLocation().of(tenant).with({ name: 'Rathaus Nordheim' }).create(api);
  await aLocation().of(tenant).with({ name: 'Bauhof Nordheim' }).create(api);
});
afterAll(() => api.close());

interface PersonRow {
  accountName: string;
  displayName: string;
  givenName: string | null;
  surname: string | null;
  department: string | null;
  email: string | null;
  location: { name: string } | null;
}

async function persons(): Promise<PersonRow[]> {
  const data = await api.gql<{ persons: { items: PersonRow[] } }>(
    `query($t: ID!) { persons(tenantId: $t, limit: 1000, sortBy: ACCOUNT_NAME) { items {
       accountName displayName givenName surname department email location { name } } } }`,
    { t: tenant.id },
  );
  return data.persons.items;
}

describe('import of real-world formats', () => {
  it('reads a German Excel CSV (semicolon, Windows-1252, CRLF) with umlauts intact', async () => {
    const body = fixture('personen-excel-de.csv');
    const fileId = await upload(api, tenant.id, 'personen.csv', body);
    const a = await analyze(api, fileId, { target: 'PERSONS' });
    expect(a).toMatchObject({
      format: 'CSV',
      encoding: 'WINDOWS_1252',
      bom: false,
      delimiter: 'SEMICOLON',
      headerRow: 1,
    });
    expect(a.suggestedMapping).toEqual(['accountName', 'givenName', 'surname', 'department', 'location', 'email']);
    const run = await importFile(api, { tenantId: tenant.id, target: 'PERSONS', fileName: 'personen.csv', body });
    expect(run.failure).toBeNull();
    expect(run.counts).toMatchObject({ created: 4, changed: 0, unchanged: 0, errors: 0 });
    const all = await persons();
    expect(all.find((p) => p.accountName === 's.schaefer')).toEqual({
      accountName: 's.schaefer',
      displayName: 'Sören Schäfer',
      givenName: 'Sören',
      surname: 'Schäfer',
      department: 'Kämmerei',
      email: 's.schaefer@nordheim.de',
      location: { name: 'Rathaus Nordheim' },
    });
    expect(all.find((p) => p.accountName === 'a.weiss')?.location).toEqual({ name: 'Bauhof Nordheim' });
  });

  it('reads a PowerShell 7 Export-Csv of Get-ADUser (all quoted, UTF-8 BOM) and skips disabled accounts', async () => {
    const body = fixture('ad-users-ps7.csv');
    const run = await importFile(api, { tenantId: tenant.id, target: 'PERSONS', fileName: 'ad.csv', body });
    expect(run.analysis).toMatchObject({ encoding: 'UTF8', bom: true, delimiter: 'COMMA', suggestedTarget: 'PERSONS' });
    expect(run.analysis.suggestedMapping).toEqual([
      'accountName',
      'givenName',
      'surname',
      'department',
      'location',
      'email',
      'enabled',
    ]);
    expect(run.counts).toMatchObject({ created: 3, skipped: 1, errors: 0 });
    const all = await persons();
    expect(all.find((p) => p.accountName === 'l.grosse')).toMatchObject({
      displayName: 'Lüder Große',
      department: 'Bauamt, Planung',
    });
    expect(all.some((p) => p.accountName === 'm.alt')).toBe(false);
  });

  it('reads a Windows PowerShell 5.1 Get-Printer export with its #TYPE line and a multi-line cell', async () => {
    const body = fixture('printers-ps51.csv');
    const run = await importFile(api, {
      tenantId: tenant.id,
      target: 'PRINTERS',
      fileName: 'drucker.csv',
      body,
      defaults: [{ field: 'location', value: 'Rathaus Nordheim' }],
    });
    expect(run.analysis).toMatchObject({ headerRow: 2, delimiter: 'COMMA', bom: true, suggestedTarget: 'PRINTERS' });
    expect(run.analysis.suggestedMapping).toEqual(['name', 'model', 'address', 'shareName', 'room', 'notes']);
    expect(run.failure).toBeNull();
    expect(run.counts).toMatchObject({ created: 3, errors: 0 });
    const data = await api.gql<{ printers: { items: Record<string, unknown>[] } }>(
      `query($t: ID!) { printers(tenantId: $t, limit: 100) { items { name model address shareName room notes location { name } } } }`,
      { t: tenant.id },
    );
    expect(data.printers.items.find((p) => p.name === 'DR-RH-OG-02')).toEqual({
      name: 'DR-RH-OG-02',
      model: 'Kyocera TASKalfa 3554ci KX',
      address: 'IP_10.1.1.22',
      shareName: 'DR-RH-OG-02',
      room: '1. OG, Flur',
      notes: 'Kopierer mit Fächern;\nBitte Fach 2 für Briefbögen',
      location: { name: 'Rathaus Nordheim' },
    });
  });

  it('reads the chosen sheet of an XLSX, below a title row, and assigns share access per person', async () => {
    const body = fixture('ablagen-gemeinde.xlsx');
    const fileId = await upload(api, tenant.id, 'ablagen.xlsx', body);
    const first = await analyze(api, fileId, { target: 'FILE_SHARES' });
    expect(first.sheets).toEqual(['Hinweise', 'Ablagen']);
    // The first sheet is only a note: the sheet with the table is chosen.
    expect(first.sheet).toBe('Ablagen');
    const note = await analyze(api, fileId, { target: 'FILE_SHARES', sheet: 'Hinweise' });
    expect(note.problem).toMatch(/nur die Kopfzeile/);
    const a = await analyze(api, fileId, { target: 'FILE_SHARES', sheet: 'Ablagen' });
    expect(a).toMatchObject({ format: 'XLSX', sheet: 'Ablagen', headerRow: 3 });
    expect(a.suggestedMapping).toEqual([
      'uncPath',
      'driveLetter',
      'sizeGb',
      'owningDepartment',
      'targetPath',
      'person',
      'access',
    ]);
    const run = await importFile(api, {
      tenantId: tenant.id,
      target: 'FILE_SHARES',
      fileName: 'ablagen.xlsx',
      body,
      read: { sheet: 'Ablagen' },
    });
    expect(run.errors).toEqual([]);
    expect(run.failure).toBeNull();
    expect(run.counts).toMatchObject({ created: 3, errors: 0 });
    const data = await api.gql<{ fileShares: { items: Record<string, unknown>[] } }>(
      `query($t: ID!) { fileShares(tenantId: $t, limit: 100) { items { uncPath driveLetter sizeGb owningDepartment targetPath } } }`,
      { t: tenant.id },
    );
    const share = data.fileShares.items.find((s) => s.uncPath === '\\\\fs01\\kaemmerei');
    expect(share).toMatchObject({ driveLetter: 'K', sizeGb: 12.5, owningDepartment: 'Kämmerei' });
    expect(data.fileShares.items.find((s) => s.uncPath === '\\\\fs01\\bürgerbüro')).toMatchObject({ driveLetter: 'B' });
    const access = await api.gql<{ persons: { items: { accountName: string; fileShares: unknown[] }[] } }>(
      `query($t: ID!) { persons(tenantId: $t, limit: 100, sortBy: ACCOUNT_NAME) { items { accountName
         fileShares { access fileShare { uncPath } } } } }`,
      { t: tenant.id },
    );
    const byName = Object.fromEntries(access.persons.items.map((p) => [p.accountName, p.fileShares]));
    expect(byName['j.mueller']).toEqual(
      expect.arrayContaining([
        { access: 'WRITE', fileShare: { uncPath: '\\\\fs01\\kaemmerei' } },
        { access: 'WRITE', fileShare: { uncPath: '\\\\fs01\\bürgerbüro' } },
      ]),
    );
    expect(byName['s.schaefer']).toEqual([{ access: 'READ', fileShare: { uncPath: '\\\\fs01\\kaemmerei' } }]);
  });
});
