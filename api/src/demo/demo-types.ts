import type {
  Criticality,
  FachverfahrenArea,
  FachverfahrenInterface,
  LocationKind,
  OperatingMode,
  PrinterKind,
  ShareAccess,
  SoftwareDelivery,
  TenantKind,
} from '@schaltplan/domain';

/** Plain rows, one interface per table; field names are the columns in camelCase. */
export interface TenantRow {
  id: string;
  name: string;
  kind: TenantKind;
  ags: string;
  inhabitants: number;
  memberMunicipalities: string[];
}

export interface LocationRow {
  id: string;
  tenantId: string;
  name: string;
  kind: LocationKind;
  street: string;
  postalCode: string;
  city: string;
  lanSpeedMbit: number;
  wanLink: string;
  bandwidthMbit: number;
  notes: string | null;
}

export interface PersonRow {
  id: string;
  tenantId: string;
  locationId: string;
  accountName: string;
  givenName: string;
  surname: string;
  displayName: string;
  department: string;
  email: string;
}

export interface WorkstationRow {
  id: string;
  tenantId: string;
  locationId: string;
  name: string;
  room: string;
  currentHostname: string;
  currentOs: string;
  targetDeviceSerial: string | null;
  notes: string | null;
}

export interface PrinterRow {
  id: string;
  tenantId: string;
  locationId: string;
  name: string;
  kind: PrinterKind;
  model: string;
  address: string;
  room: string;
  targetQueue: string | null;
}

export interface SoftwareRow {
  id: string;
  tenantId: string;
  product: string;
  vendor: string;
  versionLabel: string | null;
  licence: string | null;
  delivery: SoftwareDelivery;
  replacedBy: string | null;
}

export interface FileShareRow {
  id: string;
  tenantId: string;
  locationId: string;
  uncPath: string;
  driveLetter: string | null;
  /** numeric(12,2) as a decimal string, so no float formatting creeps in. */
  sizeGb: string;
  owningDepartment: string;
  targetPath: string;
}

export interface FachverfahrenRow {
  id: string;
  tenantId: string;
  name: string;
  area: FachverfahrenArea;
  vendor: string;
  currentOperation: OperatingMode;
  targetOperation: OperatingMode;
  criticality: Criticality;
  crisisRelevant: boolean;
  personalData: boolean;
  interfaces: FachverfahrenInterface[];
  interfaceNotes: string | null;
  responsibleDepartment: string;
}

export interface WorkstationPersonRow {
  tenantId: string;
  workstationId: string;
  personId: string;
}

export interface PersonPrinterRow {
  tenantId: string;
  personId: string;
  printerId: string;
  isDefault: boolean;
}

export interface PersonSoftwareRow {
  tenantId: string;
  personId: string;
  softwareId: string;
}

export interface PersonFileShareRow {
  tenantId: string;
  personId: string;
  fileShareId: string;
  access: ShareAccess;
  driveLetter: string | null;
}

export interface PersonFachverfahrenRow {
  tenantId: string;
  personId: string;
  fachverfahrenId: string;
}

/** One batch of rows. The keys are in foreign-key order: inserting them in this order is safe. */
export interface DemoTables {
  tenant: TenantRow[];
  location: LocationRow[];
  software: SoftwareRow[];
  fachverfahren: FachverfahrenRow[];
  file_share: FileShareRow[];
  person: PersonRow[];
  workstation: WorkstationRow[];
  printer: PrinterRow[];
  workstation_person: WorkstationPersonRow[];
  person_printer: PersonPrinterRow[];
  person_software: PersonSoftwareRow[];
  person_file_share: PersonFileShareRow[];
  person_fachverfahren: PersonFachverfahrenRow[];
}

export type DemoTable = keyof DemoTables;

export const DEMO_TABLES: readonly DemoTable[] = [
  'tenant',
  'location',
  'software',
  'fachverfahren',
  'file_share',
  'person',
  'workstation',
  'printer',
  'workstation_person',
  'person_printer',
  'person_software',
  'person_file_share',
  'person_fachverfahren',
];

export const MAPPING_TABLES: readonly DemoTable[] = [
  'workstation_person',
  'person_printer',
  'person_software',
  'person_file_share',
  'person_fachverfahren',
];

export function emptyTables(): DemoTables {
  return {
    tenant: [],
    location: [],
    software: [],
    fachverfahren: [],
    file_share: [],
    person: [],
    workstation: [],
    printer: [],
    workstation_person: [],
    person_printer: [],
    person_software: [],
    person_file_share: [],
    person_fachverfahren: [],
  };
}

/** Appends every row of `from` to `into` (in place; returns `into`). */
export function appendTables(into: DemoTables, from: DemoTables): DemoTables {
  for (const table of DEMO_TABLES) {
    const target = into[table] as unknown[];
    for (const row of from[table] as unknown[]) target.push(row);
  }
  return into;
}

export function rowCount(tables: DemoTables): number {
  return DEMO_TABLES.reduce((sum, t) => sum + tables[t].length, 0);
}

export interface DemoOptions {
  scale?: 'demo' | 'bench';
  seed?: number;
}

export interface DemoCounts {
  tenants: number;
  locations: number;
  persons: number;
  workstations: number;
  printers: number;
  mappings: number;
}
