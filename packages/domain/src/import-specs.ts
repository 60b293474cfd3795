import { IMPORT_SPECS } from './import-columns';
import type { Label, LabelMap } from './labels';
import { valuesOf } from './labels';

/**
 * What a file can be imported into (and exported from). The column specs (import-columns.ts) are the one
 * contract between API (parsing, validation, export) and web (mapping UI, headers).
 */
export type ImportTarget =
  | 'LOCATIONS'
  | 'PERSONS'
  | 'WORKSTATIONS'
  | 'PRINTERS'
  | 'PERSON_PRINTERS'
  | 'SOFTWARE'
  | 'FILE_SHARES'
  | 'FACHVERFAHREN';

export const IMPORT_TARGET_LABELS: LabelMap<ImportTarget> = {
  LOCATIONS: { de: 'Standorte', en: 'Locations' },
  PERSONS: { de: 'Personen', en: 'Persons' },
  WORKSTATIONS: { de: 'Arbeitsplätze (mit ihren Personen)', en: 'Workstations (with their persons)' },
  PRINTERS: { de: 'Drucker', en: 'Printers' },
  PERSON_PRINTERS: { de: 'Drucker-Zuordnungen (Person → Drucker)', en: 'Printer mappings (person → printer)' },
  SOFTWARE: { de: 'Software (und Person → Software)', en: 'Software (and person → software)' },
  FILE_SHARES: { de: 'Dateiablagen (und Zugriffe der Personen)', en: 'File shares (and person access)' },
  FACHVERFAHREN: { de: 'Fachverfahren (und Person → Fachverfahren)', en: 'Fachverfahren (and person → Fachverfahren)' },
};
export const IMPORT_TARGETS = valuesOf(IMPORT_TARGET_LABELS);

/**
 * How a cell is read and written.
 * - text: trimmed, bounded; email/driveLetter/postalCode/ags: text with a format
 * - int/decimal/boolean: German or English spellings accepted; written the German way
 * - enum/enumList: code or label (de/en), case-insensitive; written as the German label
 * - location/person/printer: the name (account name) of an existing object of the Verwaltung
 * - personList: several account names separated by "," ";" "|" or line breaks
 */
export type ImportFieldKind =
  | 'text'
  | 'email'
  | 'driveLetter'
  | 'postalCode'
  | 'ags'
  | 'int'
  | 'decimal'
  | 'boolean'
  | 'enum'
  | 'enumList'
  | 'location'
  | 'person'
  | 'printer'
  | 'personList';

export interface ImportColumnSpec {
  /** Property of the stored object (GraphQL/entity name); references name the related object. */
  field: string;
  /** Header used in exports, and what the mapping UI shows. */
  label: Label;
  kind: ImportFieldKind;
  /** Must have a value in every row once mapped; `key` fields are always required. */
  required?: boolean;
  /** Part of the natural key the import matches on (case-insensitive). */
  key?: boolean;
  max?: number;
  enumLabels?: LabelMap<string>;
  /** Known headers (AD, Get-Printer, German sheets); compared after normalizeHeader. */
  aliases: string[];
  /** Import only: never exported (e.g. AD's Enabled flag decides whether a row is imported). */
  importOnly?: boolean;
  /** Value for new records when the column is not mapped. */
  createDefault?: unknown;
}

export interface ImportTargetSpec {
  target: ImportTarget;
  columns: ImportColumnSpec[];
  /** Columns that must be mapped (or, for a location, given as a value for all rows). */
  mustMap: string[];
  /** Targets whose rows may also assign the object to a person (column `person`). */
  personLink: boolean;
  /** "Nicht in Quelle" marking applies (object targets). */
  markable: boolean;
}

export { IMPORT_SPECS };

/** Columns written by exports, in order (import-only columns left out). */
export function exportColumns(target: ImportTarget, withPersons = true): ImportColumnSpec[] {
  const spec = IMPORT_SPECS[target];
  return spec.columns.filter(
    (c) =>
      !c.importOnly &&
      (withPersons || !spec.personLink || !['person', 'access', 'personDriveLetter'].includes(c.field)),
  );
}

/** Lower-case, umlauts spelled out, everything but letters and digits dropped: "E-Mail-Adresse" → "emailadresse". */
export function normalizeHeader(header: string): string {
  return header
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]/g, '');
}

/**
 * Field suggested for each header (null: none). Exact German export labels win over aliases; a
 * field is suggested once, for its first matching header.
 */
export function suggestMapping(target: ImportTarget, headers: string[]): (string | null)[] {
  const columns = IMPORT_SPECS[target].columns;
  const taken = new Set<string>();
  const result: (string | null)[] = headers.map(() => null);
  // German labels (our own exports) first, then known headers; English labels last, so Get-Printer's
  // free-text "Location" stays a room and is not taken for the Standort.
  const passes: ((c: ImportColumnSpec) => string[])[] = [(c) => [c.label.de], (c) => c.aliases, (c) => [c.label.en]];
  for (const candidates of passes) {
    headers.forEach((header, i) => {
      if (result[i] !== null) return;
      const h = normalizeHeader(header);
      if (!h) return;
      const hit = columns.find((c) => !taken.has(c.field) && candidates(c).some((a) => normalizeHeader(a) === h));
      if (hit) {
        result[i] = hit.field;
        taken.add(hit.field);
      }
    });
  }
  return result;
}
