import { describe, expect, it } from '@jest/globals';
import { PROVISIONING_CSV_COLUMNS } from '@schaltplan/domain';
import { parse } from 'csv-parse/sync';
import { provisioningCsv } from './provisioning-csv';
import { provisioningDocument, type ProvisioningRow } from './provisioning-document';

const ROW: ProvisioningRow = {
  account_name: 'm.krause',
  display_name: 'Krause, Marion',
  email: 'marion.krause@amt.example',
  department: '=Bauamt',
  location: 'Rathaus',
  state: 'CHANGED',
  printers: [
    {
      name: 'RH-EG',
      isDefault: false,
      targetQueue: null,
      kind: 'PRINTER',
      model: null,
      address: null,
      location: 'Rathaus',
      room: null,
    },
    {
      name: 'RH-1OG',
      isDefault: true,
      targetQueue: '\\\\print\\RH-1OG',
      kind: 'MULTIFUNCTION',
      model: 'MX',
      address: '10.0.0.5',
      location: 'Rathaus',
      room: '1.01',
    },
  ],
  drives: [
    { driveLetter: 'G', uncPath: '\\\\fs01\\Allgemein', targetPath: '\\\\cloud\\Allgemein', access: 'READ' },
    { driveLetter: null, uncPath: '\\\\fs01\\Bauamt', targetPath: null, access: 'WRITE' },
  ],
  software: [
    { product: 'Acrobat Pro', version: 'DC', vendor: 'Adobe', delivery: 'PUBLISHED_APP', replacedBy: null },
    { product: 'Office', version: '2021', vendor: 'Microsoft', delivery: 'STANDARD_IMAGE', replacedBy: null },
    { product: 'PDF24', version: null, vendor: null, delivery: 'REPLACED', replacedBy: 'Acrobat Reader' },
    { product: 'KeePass', version: '2.57', vendor: null, delivery: 'OPEN', replacedBy: null },
  ],
  fachverfahren: [{ name: 'ProBauG', area: 'BAUVERWALTUNG', vendor: 'Prosoz', targetOperation: 'PROVIDER_DATACENTER' }],
};

const doc = provisioningDocument(
  {
    generatedAt: new Date('2026-12-01T10:00:00Z'),
    tenant: { name: 'Amt Test', kind: 'AMT', ags: '01058401' },
    location: null,
    includeUnconfirmed: true,
    stateCounts: { CHANGED: 1, OPEN: 2 },
  },
  [ROW],
);

describe('provisioning document', () => {
  it('splits printers, flags missing targets and groups software by delivery', () => {
    const [person] = doc.persons;
    expect(person).toMatchObject({ confirmed: false, confirmationState: 'CHANGED' });
    expect(person.printers.default).toMatchObject({ name: 'RH-1OG', targetQueueMissing: false });
    expect(person.printers.others).toEqual([expect.objectContaining({ name: 'RH-EG', targetQueueMissing: true })]);
    expect(person.drives.map((d) => [d.mapTo, d.targetPathMissing])).toEqual([
      ['\\\\cloud\\Allgemein', false],
      ['\\\\fs01\\Bauamt', true],
    ]);
    expect(person.software.standardImage.map((s) => s.product)).toEqual(['Office']);
    expect(person.software.publishedApps.map((s) => s.product)).toEqual(['Acrobat Pro']);
    expect(person.software.replaced).toEqual([
      { product: 'PDF24', version: null, vendor: null, replacedBy: 'Acrobat Reader' },
    ]);
    expect(person.software.undecided.map((s) => s.product)).toEqual(['KeePass']);
    expect(doc.counts).toEqual({ persons: 1, unconfirmed: 1, notExported: 2 });
  });
});

describe('provisioning CSV', () => {
  const text = provisioningCsv(doc);
  const rows: string[][] = parse(text.slice(1), { delimiter: ';', record_delimiter: '\r\n' });
  const col = (key: string): number => PROVISIONING_CSV_COLUMNS.findIndex((c) => c.key === key);

  it('is UTF-8 with BOM, the column keys as header, one row per person and assignment', () => {
    expect(text.startsWith('\uFEFFaccountName;displayName;')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(rows[0]).toEqual(PROVISIONING_CSV_COLUMNS.map((c) => c.key));
    expect(rows.slice(1).map((r) => `${r[col('kind')]}:${r[col('name')]}`)).toEqual([
      'ACCOUNT:',
      'PRINTER:RH-1OG',
      'PRINTER:RH-EG',
      'DRIVE:\\\\fs01\\Allgemein',
      'DRIVE:\\\\fs01\\Bauamt',
      'SOFTWARE:Office',
      'SOFTWARE:Acrobat Pro',
      'SOFTWARE:PDF24',
      'SOFTWARE:KeePass',
      'FACHVERFAHREN:ProBauG',
    ]);
    for (const row of rows.slice(1)) {
      expect(row).toHaveLength(PROVISIONING_CSV_COLUMNS.length);
      expect(row[col('accountName')]).toBe('m.krause');
      expect(row[col('confirmation')]).toBe('CHANGED');
    }
  });

  it('writes codes and true/false, the fallback path, and no formula starts', () => {
    const printer = rows[3];
    expect([printer[col('defaultPrinter')], printer[col('targetMissing')], printer[col('targetQueue')]]).toEqual([
      'false',
      'true',
      '',
    ]);
    const drive = rows[5];
    expect([drive[col('mapTo')], drive[col('access')], drive[col('targetMissing')]]).toEqual([
      '\\\\fs01\\Bauamt',
      'WRITE',
      'true',
    ]);
    expect(rows[8][col('replacedBy')]).toBe('Acrobat Reader');
    expect(rows[1][col('department')]).toBe("'=Bauamt");
  });
});
