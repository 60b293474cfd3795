/**
 * The JSON of the DSGVO Art. 15 access report (`format: "schaltplan-access-report"`, `version: 1`),
 * documented in docs/access-report.md. Field names are stable: new fields may be added, none
 * renamed or removed without a new version. Times are ISO 8601 (UTC), absent values null.
 */
export const ACCESS_REPORT_FORMAT = 'schaltplan-access-report';
export const ACCESS_REPORT_VERSION = 1;

/** Fields left out because they name another person (dot paths, e.g. `changes.objectId`). */
export interface Omissions {
  omittedFields: string[];
}

/** A record as read, before the fields naming other persons are left out. */
export type Unscrubbed<T extends Omissions> = Omit<T, 'omittedFields'>;

export interface ReportTenant {
  id: string;
  name: string;
  kind: string;
  ags: string;
}

export interface ReportPerson {
  id: string;
  accountName: string;
  givenName: string | null;
  surname: string | null;
  displayName: string;
  department: string | null;
  email: string | null;
  location: { id: string; name: string } | null;
  notInSourceSince: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface ReportWorkstation extends Omissions {
  id: string;
  name: string;
  location: string;
  room: string | null;
  currentHostname: string | null;
  currentOs: string | null;
  targetDeviceSerial: string | null;
  cutoverStatus: string;
  cutoverStatusAt: string | null;
  assignedAt: string;
}

export interface ReportPrinter extends Omissions {
  id: string;
  name: string;
  kind: string;
  model: string | null;
  address: string | null;
  room: string | null;
  location: string;
  targetQueue: string | null;
  isDefault: boolean;
  assignedAt: string;
  updatedAt: string;
}

export interface ReportSoftware extends Omissions {
  id: string;
  product: string;
  vendor: string | null;
  versionLabel: string | null;
  delivery: string;
  replacedBy: string | null;
  assignedAt: string;
}

export interface ReportFileShare extends Omissions {
  id: string;
  uncPath: string;
  /** The mapping's drive letter, else the share's. */
  driveLetter: string | null;
  access: 'READ' | 'WRITE';
  targetPath: string | null;
  owningDepartment: string | null;
  assignedAt: string;
  updatedAt: string;
}

export interface ReportFachverfahren extends Omissions {
  id: string;
  name: string;
  area: string;
  vendor: string | null;
  assignedAt: string;
}

export interface ReportConfirmation extends Omissions {
  status: 'CONFIRMED' | 'REJECTED';
  /** As the confirmation list shows it: CHANGED when a covered mapping changed afterwards. */
  state: 'CONFIRMED' | 'CHANGED' | 'REJECTED';
  comment: string | null;
  decidedBy: string | null;
  decidedAt: string;
  changedAt: string | null;
  /** What the decision covered (printers, software, fileShares, fachverfahren). */
  snapshot: Record<string, unknown> | null;
}

export interface ReportBlocker extends Omissions {
  id: string;
  title: string | null;
  description: string | null;
  owner: string | null;
  open: boolean;
  location: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ReportImportRun extends Omissions {
  id: string;
  target: string;
  mode: string;
  status: string;
  fileName: string | null;
  startedBy: string | null;
  startedAt: string;
  finishedAt: string | null;
}

export interface ReportAuditEntry extends Omissions {
  id: string;
  at: string;
  /** The account that made the change (null: the system). */
  account: string | null;
  action: string;
  objectType: string;
  objectId: string;
  objectLabel: string | null;
  relatedType: string | null;
  relatedId: string | null;
  relatedLabel: string | null;
  changes: Record<string, { old: unknown; new: unknown }>;
  context: Record<string, unknown> | null;
}

export interface AccessReport {
  format: typeof ACCESS_REPORT_FORMAT;
  version: typeof ACCESS_REPORT_VERSION;
  generatedAt: string;
  tenant: ReportTenant;
  person: ReportPerson;
  workstations: ReportWorkstation[];
  printers: ReportPrinter[];
  software: ReportSoftware[];
  fileShares: ReportFileShare[];
  fachverfahren: ReportFachverfahren[];
  confirmation: ReportConfirmation | null;
  blockers: ReportBlocker[];
  importRuns: ReportImportRun[];
  auditEntries: ReportAuditEntry[];
}
