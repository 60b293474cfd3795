import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { aLocation, aPerson, aPrinter, aTenant, type Created } from './support/factories';
import { importFile } from './support/imports';
import { startTestApp, type TestApp } from './support/test-app';

let api: TestApp;
let tenant: Created;
let location: Created;

const csv = (rows: string[][]): Buffer => Buffer.from(rows.map((r) => r.join(';')).join('\r\n') + '\r\n');
const run = (target: string, rows: string[][], extra: Record<string, unknown> = {}) =>
  importFile(api, { tenantId: tenant.id, target, fileName: `${target.toLowerCase()}.csv`, body: csv(rows), ...extra });

beforeAll(async () => {
  api = await startTestApp('imports_targets');
  tenant = await aTenant().create(api);
  location = await aLocation().of(tenant).with({ name: 'Rathaus' }).create(api);
  for (const [accountName, displayName] of [
    ['a.alt', 'Anna Alt'],
    ['b.berg', 'Bernd Berg'],
    ['c.cramer', 'Clara Cramer'],
  ])
    await aPerson().at(location).with({ accountName, displayName }).create(api);
  await aPrinter().at(location).with({ name: 'DR-01' }).create(api);
  await aPrinter().at(location).with({ name: 'DR-02' }).create(api);
});
afterAll(() => api.close());

async function person(accountName: string): Promise<Record<string, unknown>> {
  const data = await api.gql<{ persons: { items: Record<string, unknown>[] } }>(
    `query($t: ID!, $s: String) { persons(tenantId: $t, search: $s) { items {
       accountName workstations { name } printers { isDefault printer { name } } software { product versionLabel }
       fachverfahren { name } } } }`,
    { t: tenant.id, s: accountName },
  );
  return data.persons.items.find((p) => p.accountName === accountName) as Record<string, unknown>;
}

describe('workstations with their persons', () => {
  const header = ['Arbeitsplatz', 'Standort', 'Raum', 'Personen'];

  it('creates workstations, assigns the listed persons, and re-imports unchanged', async () => {
    const rows = [header, ['AP-001', 'Rathaus', '1.01', 'a.alt, b.berg'], ['AP-002', 'Rathaus', '1.02', 'C.Cramer']];
    const first = await run('WORKSTATIONS', rows);
    expect(first.errors).toEqual([]);
    expect(first.counts).toMatchObject({ created: 2 });
    expect((await person('b.berg')).workstations).toEqual([{ name: 'AP-001' }]);
    expect((await person('c.cramer')).workstations).toEqual([{ name: 'AP-002' }]);
    const again = await run('WORKSTATIONS', rows);
    expect(again.counts).toMatchObject({ created: 0, changed: 0, unchanged: 2 });
  });

  it('shows a changed person list as a diff and applies it', async () => {
    const dry = await run('WORKSTATIONS', [header, ['AP-001', 'Rathaus', '1.01', 'a.alt']], { mode: 'DRY_RUN' });
    expect(dry.diffs).toEqual([
      { row: 2, key: 'AP-001', action: 'CHANGED', changes: [{ field: 'persons', old: 'a.alt, b.berg', new: 'a.alt' }] },
    ]);
    await run('WORKSTATIONS', [header, ['AP-001', 'Rathaus', '1.01', 'a.alt']]);
    expect((await person('b.berg')).workstations).toEqual([]);
    expect((await person('a.alt')).workstations).toEqual([{ name: 'AP-001' }]);
  });

  it('names persons that do not exist', async () => {
    const res = await run('WORKSTATIONS', [header, ['AP-003', 'Rathaus', '', 'a.alt | x.niemand']]);
    expect(res.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [
        2,
        'Personen (Benutzernamen)',
        'Eine Person mit dem Benutzernamen „x.niemand“ gibt es in dieser Verwaltung nicht.',
      ],
    ]);
  });
});

describe('person → printer mappings', () => {
  const header = ['Benutzername', 'Drucker', 'Standarddrucker'];

  it('assigns printers with one default per person; a new default replaces the old one', async () => {
    const first = await run('PERSON_PRINTERS', [header, ['a.alt', 'DR-01', 'ja'], ['a.alt', 'dr-02', 'nein']]);
    expect(first.errors).toEqual([]);
    expect(first.failure).toBeNull();
    expect(first.counts).toMatchObject({ created: 2 });
    expect((await person('a.alt')).printers).toEqual([
      { isDefault: true, printer: { name: 'DR-01' } },
      { isDefault: false, printer: { name: 'DR-02' } },
    ]);
    const same = await run('PERSON_PRINTERS', [header, ['a.alt', 'DR-01', 'ja'], ['a.alt', 'DR-02', 'nein']]);
    expect(same.counts).toMatchObject({ created: 0, changed: 0, unchanged: 2 });
    const moved = await run('PERSON_PRINTERS', [header, ['a.alt', 'DR-02', 'ja']]);
    expect(moved.counts).toMatchObject({ changed: 1 });
    expect((await person('a.alt')).printers).toEqual([
      { isDefault: true, printer: { name: 'DR-02' } },
      { isDefault: false, printer: { name: 'DR-01' } },
    ]);
  });

  it('refuses two defaults for one person, duplicates and unknown printers', async () => {
    const res = await run('PERSON_PRINTERS', [
      header,
      ['b.berg', 'DR-01', 'ja'],
      ['b.berg', 'DR-02', 'ja'],
      ['B.BERG', 'dr-01', 'nein'],
      ['b.berg', 'DR-99', 'nein'],
    ]);
    expect(res.errors.map((e) => [e.row, e.code])).toEqual([
      [3, 'SEVERAL_DEFAULTS'],
      [4, 'DUPLICATE_IN_FILE'],
      [5, 'UNKNOWN_PRINTER'],
    ]);
    expect((await person('b.berg')).printers).toEqual([]);
  });
});

describe('software, shares and Fachverfahren with their persons', () => {
  it('creates one software entry for several persons and assigns each', async () => {
    const header = ['Produkt', 'Version', 'Hersteller', 'Bereitstellung', 'Benutzername'];
    const res = await run('SOFTWARE', [
      header,
      ['Adobe Acrobat Reader', '2024', 'Adobe', 'Standard-Image', 'a.alt'],
      ['Adobe Acrobat Reader', '2024', 'Adobe', 'Standard-Image', 'b.berg'],
      ['7-Zip', '', '', '', ''],
    ]);
    expect(res.errors).toEqual([]);
    expect(res.counts).toMatchObject({ created: 3 });
    expect((await person('b.berg')).software).toEqual([{ product: 'Adobe Acrobat Reader', versionLabel: '2024' }]);
    const again = await run('SOFTWARE', [header, ['adobe acrobat reader', '2024', 'Adobe', 'Standard-Image', 'a.alt']]);
    expect(again.counts).toMatchObject({ unchanged: 0, changed: 1 });
    expect(again.diffs[0].changes).toEqual([
      { field: 'product', old: 'Adobe Acrobat Reader', new: 'adobe acrobat reader' },
    ]);
  });

  it('refuses rows that say different things about the same software', async () => {
    const res = await run('SOFTWARE', [
      ['Produkt', 'Hersteller', 'Benutzername'],
      ['Fachschale X', 'Firma A', 'a.alt'],
      ['Fachschale X', 'Firma B', 'b.berg'],
      ['Fachschale X', 'Firma A', 'a.alt'],
    ]);
    expect(res.errors.map((e) => [e.row, e.code, e.message])).toEqual([
      [3, 'CONFLICTING_VALUES', '„Fachschale X“ hat in Zeile 2 andere Angaben.'],
      [4, 'DUPLICATE_IN_FILE', '„Fachschale X“ kommt in der Datei mehrfach vor (auch in Zeile 2).'],
    ]);
  });

  it('reads Fachverfahren with German labels, yes/no and interface lists, and assigns persons', async () => {
    const res = await run('FACHVERFAHREN', [
      [
        'Fachverfahren',
        'Bereich',
        'Betrieb künftig',
        'Kritikalität',
        'Krisenrelevant',
        'Schnittstellen',
        'Benutzername',
      ],
      [
        'MESO',
        'Einwohnermeldewesen',
        'Rechenzentrum des Dienstleisters',
        'Hoch',
        'ja',
        'XMeld/OSCI, Textkopplung (Word-Vorlagen)',
        'c.cramer',
      ],
      ['Kita-Planer', 'Kita-Verwaltung', 'Bereits SaaS', 'niedrig', 'nein', '', ''],
    ]);
    expect(res.errors).toEqual([]);
    const data = await api.gql<{ fachverfahrenList: { items: Record<string, unknown>[] } }>(
      `query($t: ID!) { fachverfahrenList(tenantId: $t) { items { name area targetOperation criticality crisisRelevant interfaces } } }`,
      { t: tenant.id },
    );
    expect(data.fachverfahrenList.items).toEqual(
      expect.arrayContaining([
        {
          name: 'MESO',
          area: 'EINWOHNERMELDEWESEN',
          targetOperation: 'PROVIDER_DATACENTER',
          criticality: 'HIGH',
          crisisRelevant: true,
          interfaces: ['TEXT_COUPLING', 'XMELD_OSCI'],
        },
      ]),
    );
    expect((await person('c.cramer')).fachverfahren).toEqual([{ name: 'MESO' }]);
  });
});

describe('presets', () => {
  it('saves a mapping per target under a name, replaces it by name, and lists it', async () => {
    const save = (columns: { header: string; field: string }[]) =>
      api.gql<{ saveImportPreset: { id: string; version: number } }>(
        `mutation($input: SaveImportPresetInput!) { saveImportPreset(input: $input) { id version } }`,
        { input: { tenantId: tenant.id, target: 'PERSONS', name: 'AD-Export Hauptamt', columns } },
      );
    const first = await save([{ header: 'SamAccountName', field: 'accountName' }]);
    const second = await save([
      { header: 'SamAccountName', field: 'accountName' },
      { header: 'Office', field: 'location' },
    ]);
    expect(second.saveImportPreset).toEqual({ id: first.saveImportPreset.id, version: 2 });
    const list = await api.gql<{ importPresets: unknown[] }>(
      `query($t: ID!) { importPresets(tenantId: $t, target: PERSONS) { name columns { header field } } }`,
      { t: tenant.id },
    );
    expect(list.importPresets).toEqual([
      {
        name: 'AD-Export Hauptamt',
        columns: [
          { header: 'SamAccountName', field: 'accountName' },
          { header: 'Office', field: 'location' },
        ],
      },
    ]);
  });
});
