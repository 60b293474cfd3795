import type { Label, LabelMap } from './labels';
import { valuesOf } from './labels';
import type { ImportColumnSpec, ImportFieldKind, ImportTarget } from './import-specs';
import { IMPORT_SPECS } from './import-specs';
import type { CellResult, RawCell } from './import-values';
import { parseCell } from './import-values';

/** Objects whose lists offer "Auswahl bearbeiten"; the codes match the audit trail's object types. */
export type BulkEditObjectType =
  'LOCATION' | 'PERSON' | 'WORKSTATION' | 'PRINTER' | 'SOFTWARE' | 'FILE_SHARE' | 'FACHVERFAHREN';

export const BULK_EDIT_OBJECT_TYPE_LABELS: LabelMap<BulkEditObjectType> = {
  LOCATION: { de: 'Standorte', en: 'Locations' },
  PERSON: { de: 'Personen', en: 'Persons' },
  WORKSTATION: { de: 'Arbeitsplätze', en: 'Workstations' },
  PRINTER: { de: 'Drucker', en: 'Printers' },
  SOFTWARE: { de: 'Software', en: 'Software' },
  FILE_SHARE: { de: 'Dateiablagen', en: 'File shares' },
  FACHVERFAHREN: { de: 'Fachverfahren', en: 'Fachverfahren' },
};
export const BULK_EDIT_OBJECT_TYPES = valuesOf(BULK_EDIT_OBJECT_TYPE_LABELS);

/** Most rows one bulk edit may touch (one list page at the largest page size). */
export const BULK_EDIT_MAX_IDS = 1000;

export interface BulkEditField {
  /** Property of the object (as in GraphQL); `location` is the location reference. */
  field: string;
  label: Label;
  kind: ImportFieldKind;
  /** The column cannot be empty: a null value is refused. */
  required: boolean;
  enumLabels?: LabelMap<string>;
  /** The import column spec the value is validated with, so a bulk value reads like a cell. */
  spec: ImportColumnSpec;
}

const IMPORT_TARGET_OF: Record<BulkEditObjectType, ImportTarget> = {
  LOCATION: 'LOCATIONS',
  PERSON: 'PERSONS',
  WORKSTATION: 'WORKSTATIONS',
  PRINTER: 'PRINTERS',
  SOFTWARE: 'SOFTWARE',
  FILE_SHARE: 'FILE_SHARES',
  FACHVERFAHREN: 'FACHVERFAHREN',
};

/**
 * Fields offered per object type, with the ones the database keeps NOT NULL although the import
 * spec lets them default (enums with a create default, booleans) marked as required.
 */
const OFFERED: Record<BulkEditObjectType, (string | [string, 'required'])[]> = {
  LOCATION: [['kind', 'required'], 'city', 'postalCode', 'wanLink', 'lanSpeedMbit', 'bandwidthMbit'],
  PERSON: ['location', 'department'],
  WORKSTATION: ['location', 'room', 'currentOs'],
  PRINTER: ['location', 'room', ['kind', 'required'], 'targetQueue', 'model'],
  SOFTWARE: [['delivery', 'required'], 'vendor', 'licence'],
  FILE_SHARE: ['location', 'owningDepartment', 'targetPath'],
  FACHVERFAHREN: [
    ['area', 'required'],
    ['targetOperation', 'required'],
    ['criticality', 'required'],
    'responsibleDepartment',
    ['crisisRelevant', 'required'],
  ],
};

function fieldsOf(type: BulkEditObjectType): BulkEditField[] {
  const columns = IMPORT_SPECS[IMPORT_TARGET_OF[type]].columns;
  return OFFERED[type].map((entry) => {
    const [name, flag] = typeof entry === 'string' ? [entry, undefined] : entry;
    const spec = columns.find((c) => c.field === name);
    if (!spec) throw new Error(`bulk-edit: ${type} has no import column "${name}"`);
    return {
      field: spec.field,
      label: spec.label,
      kind: spec.kind,
      required: flag === 'required' || spec.required === true || spec.key === true,
      enumLabels: spec.enumLabels,
      spec,
    };
  });
}

export const BULK_EDIT_FIELDS: Record<BulkEditObjectType, BulkEditField[]> = Object.fromEntries(
  BULK_EDIT_OBJECT_TYPES.map((type) => [type, fieldsOf(type)]),
) as Record<BulkEditObjectType, BulkEditField[]>;

export function bulkEditField(type: BulkEditObjectType, field: string): BulkEditField | undefined {
  return BULK_EDIT_FIELDS[type].find((f) => f.field === field);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Reads a bulk value exactly like an import cell of that column, except that a location is given
 * by its id (the UI picks it from a list) instead of its name. Empty means "clear".
 */
export function parseBulkValue(field: BulkEditField, raw: RawCell): CellResult {
  const text = typeof raw === 'string' ? raw.trim() : raw;
  if (text === null || text === undefined || text === '') {
    return field.required ? { ok: false, code: 'REQUIRED' } : { ok: true, value: null };
  }
  if (field.kind === 'location') {
    const id = String(text);
    return UUID.test(id)
      ? { ok: true, value: id.toLowerCase() }
      : { ok: false, code: 'UNKNOWN_LOCATION', params: { value: id.slice(0, 60) } };
  }
  const result = parseCell({ ...field.spec, required: field.required }, text);
  if (result.ok && result.value === null && field.required) return { ok: false, code: 'REQUIRED' };
  return result;
}
