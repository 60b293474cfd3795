import {
  PROVISIONING_FORMAT,
  PROVISIONING_VERSION,
  type ConfirmationState,
  type FachverfahrenArea,
  type OperatingMode,
  type PrinterKind,
  type ShareAccess,
  type SoftwareDelivery,
} from '@schaltplan/domain';

/*
 * The JSON shape of the provisioning export, version 1 (docs/provisioning-export.md and
 * docs/provisioning-export.schema.json). Natural keys only: no database ids leave in the build list.
 * Key order here is the key order in the file.
 */

export interface ProvisioningPrinter {
  name: string;
  targetQueue: string | null;
  /** No target queue yet: the provider cannot build this queue. */
  targetQueueMissing: boolean;
  kind: PrinterKind;
  model: string | null;
  /** IP address or queue today (the device usually stays). */
  address: string | null;
  location: string | null;
  room: string | null;
}

export interface ProvisioningDrive {
  driveLetter: string | null;
  uncPath: string;
  targetPath: string | null;
  /** What the drive letter is mapped to: the target path, or the UNC path while that is missing. */
  mapTo: string;
  targetPathMissing: boolean;
  access: ShareAccess;
}

export interface ProvisioningSoftware {
  product: string;
  version: string | null;
  vendor: string | null;
}

export interface ProvisioningReplacedSoftware extends ProvisioningSoftware {
  replacedBy: string | null;
}

export interface ProvisioningFachverfahren {
  name: string;
  area: FachverfahrenArea;
  vendor: string | null;
  targetOperation: OperatingMode;
}

export interface ProvisioningPerson {
  accountName: string;
  displayName: string;
  email: string | null;
  department: string | null;
  location: string | null;
  /** false: the person is in the file only because unconfirmed persons were asked for. */
  confirmed: boolean;
  confirmationState: ConfirmationState;
  printers: { default: ProvisioningPrinter | null; others: ProvisioningPrinter[] };
  drives: ProvisioningDrive[];
  software: {
    standardImage: ProvisioningSoftware[];
    publishedApps: ProvisioningSoftware[];
    replaced: ProvisioningReplacedSoftware[];
    /** Delivery not decided yet (OPEN): to be settled before the build. */
    undecided: ProvisioningSoftware[];
  };
  fachverfahren: ProvisioningFachverfahren[];
}

export interface ProvisioningDocument {
  format: typeof PROVISIONING_FORMAT;
  version: typeof PROVISIONING_VERSION;
  generatedAt: string;
  tenant: { name: string; kind: string; ags: string };
  filter: { location: string | null; includeUnconfirmed: boolean };
  counts: {
    /** Persons in this file. */
    persons: number;
    /** Of those, how many are not confirmed (only with includeUnconfirmed). */
    unconfirmed: number;
    /** Persons of the filter left out because they are not confirmed (0 with includeUnconfirmed). */
    notExported: number;
  };
  persons: ProvisioningPerson[];
}

/** A person row of PROVISIONING_SQL (the json_agg columns arrive parsed). */
export interface ProvisioningRow {
  account_name: string;
  display_name: string;
  email: string | null;
  department: string | null;
  location: string | null;
  state: ConfirmationState;
  printers: (Omit<ProvisioningPrinter, 'targetQueueMissing'> & { isDefault: boolean })[];
  drives: Omit<ProvisioningDrive, 'mapTo' | 'targetPathMissing'>[];
  software: (ProvisioningReplacedSoftware & { delivery: SoftwareDelivery })[];
  fachverfahren: ProvisioningFachverfahren[];
}

export interface ProvisioningHeader {
  generatedAt: Date;
  tenant: { name: string; kind: string; ags: string };
  location: string | null;
  includeUnconfirmed: boolean;
  /** Persons of the filter per confirmation state. */
  stateCounts: Partial<Record<ConfirmationState, number>>;
}

const blank = (v: string | null | undefined): boolean => v === null || v === undefined || v.trim() === '';

function printer(row: ProvisioningRow['printers'][number]): ProvisioningPrinter {
  return {
    name: row.name,
    targetQueue: row.targetQueue,
    targetQueueMissing: blank(row.targetQueue),
    kind: row.kind,
    model: row.model,
    address: row.address,
    location: row.location,
    room: row.room,
  };
}

function drive(row: ProvisioningRow['drives'][number]): ProvisioningDrive {
  const missing = blank(row.targetPath);
  return {
    driveLetter: row.driveLetter,
    uncPath: row.uncPath,
    targetPath: row.targetPath,
    mapTo: missing ? row.uncPath : (row.targetPath as string),
    targetPathMissing: missing,
    access: row.access,
  };
}

function software(rows: ProvisioningRow['software'], delivery: SoftwareDelivery): ProvisioningSoftware[] {
  return rows
    .filter((s) => s.delivery === delivery)
    .map((s) => ({ product: s.product, version: s.version, vendor: s.vendor }));
}

export function toPerson(row: ProvisioningRow): ProvisioningPerson {
  const defaultPrinter = row.printers.find((p) => p.isDefault);
  return {
    accountName: row.account_name,
    displayName: row.display_name,
    email: row.email,
    department: row.department,
    location: row.location,
    confirmed: row.state === 'CONFIRMED',
    confirmationState: row.state,
    printers: {
      default: defaultPrinter ? printer(defaultPrinter) : null,
      others: row.printers.filter((p) => !p.isDefault).map(printer),
    },
    drives: row.drives.map(drive),
    software: {
      standardImage: software(row.software, 'STANDARD_IMAGE'),
      publishedApps: software(row.software, 'PUBLISHED_APP'),
      replaced: row.software
        .filter((s) => s.delivery === 'REPLACED')
        .map((s) => ({ product: s.product, version: s.version, vendor: s.vendor, replacedBy: s.replacedBy })),
      undecided: software(row.software, 'OPEN'),
    },
    fachverfahren: row.fachverfahren.map((f) => ({
      name: f.name,
      area: f.area,
      vendor: f.vendor,
      targetOperation: f.targetOperation,
    })),
  };
}

/** The whole document from the header facts and the persons' rows (already in file order). */
export function provisioningDocument(header: ProvisioningHeader, rows: ProvisioningRow[]): ProvisioningDocument {
  const persons = rows.map(toPerson);
  const counted = Object.values(header.stateCounts).reduce((a, b) => a + (b ?? 0), 0);
  return {
    format: PROVISIONING_FORMAT,
    version: PROVISIONING_VERSION,
    generatedAt: header.generatedAt.toISOString(),
    tenant: header.tenant,
    filter: { location: header.location, includeUnconfirmed: header.includeUnconfirmed },
    counts: {
      persons: persons.length,
      unconfirmed: persons.filter((p) => !p.confirmed).length,
      notExported: counted - persons.length,
    },
    persons,
  };
}
