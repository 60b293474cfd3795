import { IMPORT_SPECS, type ImportColumnSpec, type ImportTarget } from '@schaltplan/domain';
import type { AuditObjectType } from '../../audit/audit-writer';

export type SqlType = 'text' | 'int' | 'numeric' | 'boolean' | 'text[]';

/** A spec column as the database sees it. */
export interface PlanColumn {
  spec: ImportColumnSpec;
  field: string;
  /** Staging column. */
  stage: string;
  type: SqlType;
  /** Target column on the object or link table (references: the resolved id column). */
  column: string;
  /** Property name in audit change lists (`locationId` for the location reference). */
  auditField: string;
  /** NOT NULL with a default: an empty cell keeps the stored value (default on insert). */
  keepWhenEmpty?: string;
  /** References: resolved into `r_<field>` by name. */
  ref?: 'location' | 'person' | 'printer';
}

export interface ObjectPlan {
  table: string;
  auditType: AuditObjectType;
  /** Natural key as SQL over a row alias (`o.` stored row, `s.f_…` staged). */
  storedKey: (alias: string) => string;
  stagedKey: string;
  columns: PlanColumn[];
  /** Audit label: stored column. */
  label: string;
}

export interface LinkPlan {
  table: string;
  /** The object side's column (`software_id`); the person side is always person_id. */
  objectColumn: string;
  relatedType: AuditObjectType;
  relatedLabel: string;
  attrs: PlanColumn[];
}

export interface TargetPlan {
  target: ImportTarget;
  object?: ObjectPlan;
  link?: LinkPlan;
  /** PERSON_PRINTERS: the link's object is a printer looked up by name. */
  printerLink?: boolean;
  /** WORKSTATIONS: the persons list is synchronised. */
  workstationPersons?: boolean;
}

const snake = (s: string): string => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

const SQL_TYPES: Record<ImportColumnSpec['kind'], SqlType> = {
  text: 'text',
  email: 'text',
  driveLetter: 'text',
  postalCode: 'text',
  ags: 'text',
  int: 'int',
  decimal: 'numeric',
  boolean: 'boolean',
  enum: 'text',
  enumList: 'text[]',
  location: 'text',
  person: 'text',
  printer: 'text',
  personList: 'text[]',
};

/** NOT NULL columns with their default, as SQL literals. */
const KEEP_WHEN_EMPTY: Record<string, string> = {
  'location.kind': `'SONSTIGES'`,
  'printer.kind': `'PRINTER'`,
  'software.delivery': `'OPEN'`,
  'fachverfahren.area': `'SONSTIGES'`,
  'fachverfahren.current_operation': `'LOCAL_SERVER'`,
  'fachverfahren.target_operation': `'OPEN'`,
  'fachverfahren.criticality': `'MEDIUM'`,
  'fachverfahren.crisis_relevant': 'false',
  'fachverfahren.personal_data': 'true',
  'person.display_name': 'NULL',
  'person_file_share.access': `'READ'`,
  'person_printer.is_default': 'false',
};

function column(table: string, spec: ImportColumnSpec): PlanColumn {
  const ref = ['location', 'person', 'printer'].includes(spec.kind) ? (spec.kind as PlanColumn['ref']) : undefined;
  const col = ref ? `${spec.field}_id` : spec.field === 'personDriveLetter' ? 'drive_letter' : snake(spec.field);
  return {
    spec,
    field: spec.field,
    stage: `f_${snake(spec.field)}`,
    type: SQL_TYPES[spec.kind],
    column: col,
    auditField: ref ? `${spec.field}Id` : spec.field === 'personDriveLetter' ? 'driveLetter' : spec.field,
    keepWhenEmpty: KEEP_WHEN_EMPTY[`${table}.${col}`],
    ref,
  };
}

const LINK_FIELDS = new Set(['person', 'access', 'personDriveLetter']);

function objectPlan(
  target: ImportTarget,
  table: string,
  auditType: AuditObjectType,
  keys: string[],
  label: string,
): ObjectPlan {
  const spec = IMPORT_SPECS[target];
  const columns = spec.columns
    .filter((c) => !c.importOnly && c.kind !== 'personList' && !LINK_FIELDS.has(c.field))
    .map((c) => column(table, c));
  const keyCols = keys.map((k) => columns.find((c) => c.field === k) as PlanColumn);
  const keySql = (expr: (c: PlanColumn) => string): string =>
    keyCols.map((c) => `lower(coalesce(${expr(c)}, ''))`).join(` || chr(31) || `);
  return {
    table,
    auditType,
    storedKey: (alias) => keySql((c) => `${alias}.${c.column}`),
    stagedKey: keySql((c) => `s.${c.stage}`),
    columns,
    label,
  };
}

function linkPlan(
  target: ImportTarget,
  table: string,
  objectColumn: string,
  relatedType: AuditObjectType,
  relatedLabel: string,
): LinkPlan {
  const attrs = IMPORT_SPECS[target].columns
    .filter((c) => LINK_FIELDS.has(c.field) && c.field !== 'person')
    .map((c) => column(table, c));
  return { table, objectColumn, relatedType, relatedLabel, attrs };
}

export const TARGET_PLANS: Record<ImportTarget, TargetPlan> = {
  LOCATIONS: { target: 'LOCATIONS', object: objectPlan('LOCATIONS', 'location', 'LOCATION', ['name'], 'name') },
  PERSONS: {
    target: 'PERSONS',
    object: objectPlan('PERSONS', 'person', 'PERSON', ['accountName'], 'display_name'),
  },
  WORKSTATIONS: {
    target: 'WORKSTATIONS',
    object: objectPlan('WORKSTATIONS', 'workstation', 'WORKSTATION', ['name'], 'name'),
    workstationPersons: true,
  },
  PRINTERS: { target: 'PRINTERS', object: objectPlan('PRINTERS', 'printer', 'PRINTER', ['name'], 'name') },
  PERSON_PRINTERS: {
    target: 'PERSON_PRINTERS',
    printerLink: true,
    link: {
      table: 'person_printer',
      objectColumn: 'printer_id',
      relatedType: 'PRINTER',
      relatedLabel: 'name',
      attrs: [column('person_printer', IMPORT_SPECS.PERSON_PRINTERS.columns[2])],
    },
  },
  SOFTWARE: {
    target: 'SOFTWARE',
    object: objectPlan('SOFTWARE', 'software', 'SOFTWARE', ['product', 'versionLabel'], 'product'),
    link: linkPlan('SOFTWARE', 'person_software', 'software_id', 'SOFTWARE', 'product'),
  },
  FILE_SHARES: {
    target: 'FILE_SHARES',
    object: objectPlan('FILE_SHARES', 'file_share', 'FILE_SHARE', ['uncPath'], 'unc_path'),
    link: linkPlan('FILE_SHARES', 'person_file_share', 'file_share_id', 'FILE_SHARE', 'unc_path'),
  },
  FACHVERFAHREN: {
    target: 'FACHVERFAHREN',
    object: objectPlan('FACHVERFAHREN', 'fachverfahren', 'FACHVERFAHREN', ['name'], 'name'),
    link: linkPlan('FACHVERFAHREN', 'person_fachverfahren', 'fachverfahren_id', 'FACHVERFAHREN', 'name'),
  },
};

/** Every staging column of a target: object columns, link attributes, references, lists. */
export function stageColumns(target: ImportTarget): PlanColumn[] {
  const plan = TARGET_PLANS[target];
  const table = plan.object?.table ?? plan.link?.table ?? '';
  const cols = IMPORT_SPECS[target].columns.map((c) =>
    column(LINK_FIELDS.has(c.field) ? (plan.link?.table ?? table) : table, c),
  );
  return cols;
}
