import { neutralizeFormula, PROVISIONING_CSV_COLUMNS, type ProvisioningRowKind } from '@schaltplan/domain';
import { stringify } from 'csv-stringify/sync';
import type {
  ProvisioningDocument,
  ProvisioningPerson,
  ProvisioningPrinter,
  ProvisioningSoftware,
} from './provisioning-document';

type Cells = Partial<Record<string, string | boolean | null>>;

const BOM = '\uFEFF';

function printerCells(p: ProvisioningPrinter, isDefault: boolean): Cells {
  return {
    kind: 'PRINTER',
    name: p.name,
    defaultPrinter: isDefault,
    targetQueue: p.targetQueue,
    printerModel: p.model,
    printerAddress: p.address,
    targetMissing: p.targetQueueMissing,
  };
}

function softwareCells(s: ProvisioningSoftware, delivery: string, replacedBy: string | null = null): Cells {
  return { kind: 'SOFTWARE', name: s.product, version: s.version, delivery, replacedBy };
}

/** The person's rows: the account first, then printers (default first), drives, software, Fachverfahren. */
function personRows(person: ProvisioningPerson): Cells[] {
  const { printers, software } = person;
  return [
    { kind: 'ACCOUNT' satisfies ProvisioningRowKind },
    ...(printers.default ? [printerCells(printers.default, true)] : []),
    ...printers.others.map((p) => printerCells(p, false)),
    ...person.drives.map((d) => ({
      kind: 'DRIVE',
      name: d.uncPath,
      driveLetter: d.driveLetter,
      mapTo: d.mapTo,
      access: d.access,
      targetMissing: d.targetPathMissing,
    })),
    ...software.standardImage.map((s) => softwareCells(s, 'STANDARD_IMAGE')),
    ...software.publishedApps.map((s) => softwareCells(s, 'PUBLISHED_APP')),
    ...software.replaced.map((s) => softwareCells(s, 'REPLACED', s.replacedBy)),
    ...software.undecided.map((s) => softwareCells(s, 'OPEN')),
    ...person.fachverfahren.map((f) => ({ kind: 'FACHVERFAHREN', name: f.name, targetOperation: f.targetOperation })),
  ];
}

function cell(value: string | boolean | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  // Opened in Excel, a cell starting with = + - @ must not run as a formula.
  return neutralizeFormula(value);
}

/** Rows of the CSV (header first): one per person and assignment, columns by PROVISIONING_CSV_COLUMNS. */
export function provisioningCsvRows(doc: ProvisioningDocument): (string | null)[][] {
  const header = PROVISIONING_CSV_COLUMNS.map((c) => c.key);
  const rows: (string | null)[][] = [header];
  for (const person of doc.persons) {
    const account: Cells = {
      accountName: person.accountName,
      displayName: person.displayName,
      email: person.email,
      department: person.department,
      location: person.location,
      confirmation: person.confirmationState,
    };
    for (const item of personRows(person)) {
      const merged: Cells = { ...account, ...item };
      rows.push(header.map((key) => cell(merged[key])));
    }
  }
  return rows;
}

/** The CSV file: UTF-8 with BOM, `;` and CRLF like the other CSV exports (German Excel opens it as is). */
export function provisioningCsv(doc: ProvisioningDocument): string {
  return BOM + stringify(provisioningCsvRows(doc), { delimiter: ';', record_delimiter: 'windows', eof: true });
}
