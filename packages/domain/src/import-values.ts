import type { ImportColumnSpec } from './import-specs';
import { AGS_PATTERN, LIMITS } from './inventory';
import { normalizeHeader } from './import-specs';

/**
 * Reasons an import can refuse a file or a row. The server stores code + params; both sides
 * render them with importMessage() in the reader's language (German first).
 */
export type ImportErrorCode =
  | 'FILE_EMPTY'
  | 'FILE_ONLY_HEADER'
  | 'FILE_BINARY'
  | 'FILE_TOO_LARGE'
  | 'FILE_TOO_MANY_ROWS'
  | 'XLSX_BROKEN'
  | 'XLSX_UNPACKS_TOO_LARGE'
  | 'XLSX_ENCRYPTED'
  | 'XLS_OLD_FORMAT'
  | 'XLSX_NO_SHEET'
  | 'CSV_UNCLOSED_QUOTE'
  | 'CSV_INVALID'
  | 'CELL_TOO_LARGE'
  | 'ROW_TOO_MANY_CELLS'
  | 'ROW_TOO_FEW_CELLS'
  | 'MAPPING_MISSING'
  | 'MAPPING_DUPLICATE'
  | 'MAPPING_UNKNOWN_FIELD'
  | 'WRONG_TARGET'
  | 'REQUIRED'
  | 'TOO_LONG'
  | 'INVALID_EMAIL'
  | 'INVALID_DRIVE_LETTER'
  | 'INVALID_POSTAL_CODE'
  | 'INVALID_AGS'
  | 'INVALID_NUMBER'
  | 'INVALID_BOOLEAN'
  | 'INVALID_CHOICE'
  | 'INVALID_UNC'
  | 'UNKNOWN_LOCATION'
  | 'UNKNOWN_PERSON'
  | 'UNKNOWN_PRINTER'
  | 'DUPLICATE_IN_FILE'
  | 'CONFLICTING_VALUES'
  | 'SEVERAL_DEFAULTS'
  | 'DUPLICATE_IN_DATABASE';

export type ImportParams = Record<string, string | number>;

const TEXTS: Record<ImportErrorCode, { de: string; en: string }> = {
  FILE_EMPTY: { de: 'Die Datei ist leer.', en: 'The file is empty.' },
  FILE_ONLY_HEADER: {
    de: 'Die Datei enthält nur die Kopfzeile, aber keine Datenzeilen.',
    en: 'The file has a header row but no data rows.',
  },
  FILE_BINARY: {
    de: 'Die Datei ist keine Textdatei (CSV) und keine Excel-Datei (XLSX). Bitte als CSV oder XLSX speichern.',
    en: 'The file is neither a text file (CSV) nor an Excel file (XLSX). Please save it as CSV or XLSX.',
  },
  FILE_TOO_LARGE: {
    de: 'Die Datei ist größer als {max} MB.',
    en: 'The file is larger than {max} MB.',
  },
  FILE_TOO_MANY_ROWS: {
    de: 'Die Datei hat mehr als {max} Zeilen.',
    en: 'The file has more than {max} rows.',
  },
  XLSX_BROKEN: {
    de: 'Die Excel-Datei ist beschädigt oder unvollständig. Bitte in Excel öffnen und neu speichern.',
    en: 'The Excel file is damaged or incomplete. Please open it in Excel and save it again.',
  },
  XLSX_UNPACKS_TOO_LARGE: {
    de: 'Die Excel-Datei entpackt sich auf über {max} MB oder ist ungewöhnlich stark gepackt und wird nicht gelesen. Bitte als CSV speichern.',
    en: 'The Excel file unpacks to more than {max} MB or is unusually highly compressed and is not read. Please save it as CSV.',
  },
  XLSX_ENCRYPTED: {
    de: 'Die Excel-Datei ist mit einem Kennwort geschützt. Bitte den Kennwortschutz entfernen und erneut hochladen.',
    en: 'The Excel file is password-protected. Please remove the password and upload it again.',
  },
  XLS_OLD_FORMAT: {
    de: 'Das alte Excel-Format (.xls) wird nicht gelesen. Bitte als .xlsx oder CSV speichern.',
    en: 'The old Excel format (.xls) is not supported. Please save as .xlsx or CSV.',
  },
  XLSX_NO_SHEET: {
    de: 'Das Tabellenblatt „{sheet}“ gibt es in der Datei nicht.',
    en: 'The file has no sheet "{sheet}".',
  },
  CSV_UNCLOSED_QUOTE: {
    de: 'Ein Anführungszeichen wird nicht geschlossen (ab Zeile {line}).',
    en: 'A quotation mark is never closed (from line {line}).',
  },
  CSV_INVALID: {
    de: 'Die CSV-Datei ist in Zeile {line} nicht lesbar: {detail}',
    en: 'The CSV file cannot be read at line {line}: {detail}',
  },
  CELL_TOO_LARGE: {
    de: 'Eine Zelle ist größer als {max} Zeichen (Zeile {line}).',
    en: 'A cell is longer than {max} characters (line {line}).',
  },
  ROW_TOO_MANY_CELLS: {
    de: 'Die Zeile hat {count} Zellen, die Kopfzeile aber nur {expected}.',
    en: 'The row has {count} cells, but the header only {expected}.',
  },
  ROW_TOO_FEW_CELLS: {
    de: 'Die Zeile hat nur {count} Zellen, die Kopfzeile aber {expected}.',
    en: 'The row has only {count} cells, but the header {expected}.',
  },
  MAPPING_MISSING: {
    de: 'Keine Spalte ist „{field}“ zugeordnet. Diese Angabe ist nötig.',
    en: 'No column is mapped to "{field}". It is required.',
  },
  MAPPING_DUPLICATE: {
    de: '„{field}“ ist mehreren Spalten zugeordnet.',
    en: '"{field}" is mapped to several columns.',
  },
  MAPPING_UNKNOWN_FIELD: {
    de: '„{field}“ ist für dieses Importziel unbekannt.',
    en: '"{field}" is not a field of this import target.',
  },
  WRONG_TARGET: {
    de: 'Die Spalten passen nicht zum Importziel „{target}“. Ist das richtige Ziel gewählt?',
    en: 'The columns do not fit the import target "{target}". Is the right target chosen?',
  },
  REQUIRED: { de: 'Der Wert fehlt.', en: 'The value is missing.' },
  TOO_LONG: { de: 'Der Wert ist länger als {max} Zeichen.', en: 'The value is longer than {max} characters.' },
  INVALID_EMAIL: {
    de: '„{value}“ ist keine gültige E-Mail-Adresse.',
    en: '"{value}" is not a valid e-mail address.',
  },
  INVALID_DRIVE_LETTER: {
    de: '„{value}“ ist kein Laufwerksbuchstabe (A bis Z, z. B. „H“ oder „H:“).',
    en: '"{value}" is not a drive letter (A to Z, e.g. "H" or "H:").',
  },
  INVALID_POSTAL_CODE: {
    de: '„{value}“ ist keine Postleitzahl (5 Ziffern).',
    en: '"{value}" is not a postal code (5 digits).',
  },
  INVALID_AGS: {
    de: '„{value}“ ist kein Amtlicher Gemeindeschlüssel (8 Ziffern).',
    en: '"{value}" is not an official municipality key (8 digits).',
  },
  INVALID_NUMBER: { de: '„{value}“ ist keine gültige Zahl.', en: '"{value}" is not a valid number.' },
  INVALID_BOOLEAN: {
    de: '„{value}“ ist weder „ja“ noch „nein“.',
    en: '"{value}" is neither "yes" nor "no".',
  },
  INVALID_CHOICE: {
    de: '„{value}“ ist kein erlaubter Wert. Erlaubt: {allowed}.',
    en: '"{value}" is not an allowed value. Allowed: {allowed}.',
  },
  INVALID_UNC: {
    de: '„{value}“ ist kein UNC-Pfad (\\\\Server\\Freigabe).',
    en: '"{value}" is not a UNC path (\\\\server\\share).',
  },
  UNKNOWN_LOCATION: {
    de: 'Den Standort „{value}“ gibt es in dieser Verwaltung nicht.',
    en: 'This Verwaltung has no location "{value}".',
  },
  UNKNOWN_PERSON: {
    de: 'Eine Person mit dem Benutzernamen „{value}“ gibt es in dieser Verwaltung nicht.',
    en: 'This Verwaltung has no person with account name "{value}".',
  },
  UNKNOWN_PRINTER: {
    de: 'Den Drucker „{value}“ gibt es in dieser Verwaltung nicht.',
    en: 'This Verwaltung has no printer "{value}".',
  },
  DUPLICATE_IN_FILE: {
    de: '„{value}“ kommt in der Datei mehrfach vor (auch in Zeile {other}).',
    en: '"{value}" occurs more than once in the file (also in row {other}).',
  },
  CONFLICTING_VALUES: {
    de: '„{value}“ hat in Zeile {other} andere Angaben.',
    en: '"{value}" has different values in row {other}.',
  },
  SEVERAL_DEFAULTS: {
    de: '„{value}“ hat in der Datei mehr als einen Standarddrucker (auch in Zeile {other}).',
    en: '"{value}" has more than one default printer in the file (also in row {other}).',
  },
  DUPLICATE_IN_DATABASE: {
    de: '„{value}“ gibt es in dieser Verwaltung schon.',
    en: '"{value}" already exists in this Verwaltung.',
  },
};

export function importMessage(code: ImportErrorCode, params: ImportParams = {}, lang: 'de' | 'en' = 'de'): string {
  const text = (TEXTS[code] ?? { de: code, en: code })[lang];
  return text.replace(/\{(\w+)\}/g, (_, k: string) => (params[k] === undefined ? `{${k}}` : String(params[k])));
}

/** What a file cell can hold once read: text from CSV, also numbers, booleans and dates from XLSX. */
export type RawCell = string | number | boolean | Date | null | undefined;

export type CellResult = { ok: true; value: unknown } | { ok: false; code: ImportErrorCode; params?: ImportParams };

const EMAIL = /^[^\s@"<>(),;:]+@[^\s@"<>(),;:]+\.[^\s@"<>(),;:]{2,}$/;
const TRUE_WORDS = new Set(['ja', 'j', 'yes', 'y', 'true', 'wahr', '1', 'x', 'aktiv']);
const FALSE_WORDS = new Set(['nein', 'n', 'no', 'false', 'falsch', '0', '', 'inaktiv']);

/** Splits a person list: "a.b, c.d; e.f". */
export function splitList(text: string): string[] {
  return text
    .split(/[,;|\n\r]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** First characters that make Excel run a cell as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes a cell that Excel would run as a formula with an apostrophe, as csv-stringify does. */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Undoes neutralizeFormula, so an exported file re-imports unchanged. */
export function restoreFormula(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

function asText(raw: RawCell): string {
  if (raw === null || raw === undefined) return '';
  if (raw instanceof Date) return raw.toISOString().slice(0, 10);
  return restoreFormula(String(raw)).trim();
}

function choice(spec: ImportColumnSpec, text: string): string | null {
  const labels = spec.enumLabels ?? {};
  const wanted = normalizeHeader(text);
  for (const [code, label] of Object.entries(labels)) {
    if (
      normalizeHeader(code) === wanted ||
      normalizeHeader(label.de) === wanted ||
      normalizeHeader(label.en) === wanted
    )
      return code;
  }
  // Shares: the rights words of Windows and German sheets.
  if (spec.field === 'access') {
    if (['r', 'lesen', 'read', 'leserecht', 'nurlesen', 'readonly'].includes(wanted)) return 'READ';
    if (['rw', 'w', 'schreiben', 'write', 'aendern', 'modify', 'vollzugriff', 'fullcontrol'].includes(wanted))
      return 'WRITE';
  }
  return null;
}

const allowedList = (spec: ImportColumnSpec): string =>
  Object.values(spec.enumLabels ?? {})
    .map((l) => l.de)
    .join(', ');

/** Reads one cell by its column spec. Empty cells are null (or a "required" error). */
export function parseCell(spec: ImportColumnSpec, raw: RawCell): CellResult {
  if (typeof raw === 'boolean' && spec.kind === 'boolean') return { ok: true, value: raw };
  if (typeof raw === 'number' && (spec.kind === 'int' || spec.kind === 'decimal')) {
    if (spec.kind === 'int' && !Number.isInteger(raw))
      return { ok: false, code: 'INVALID_NUMBER', params: { value: raw } };
    return { ok: true, value: raw };
  }
  const text = asText(raw);
  if (text === '') {
    if (spec.kind === 'boolean') return { ok: true, value: spec.required ? null : null };
    if (spec.kind === 'enumList' || spec.kind === 'personList') return { ok: true, value: [] };
    return (spec.required ?? spec.key) ? { ok: false, code: 'REQUIRED' } : { ok: true, value: null };
  }
  const max = spec.max ?? LIMITS.shortText;
  if (text.length > max) return { ok: false, code: 'TOO_LONG', params: { max } };
  const fail = (code: ImportErrorCode, extra: ImportParams = {}): CellResult => ({
    ok: false,
    code,
    params: { value: text.length > 60 ? `${text.slice(0, 57)}…` : text, ...extra },
  });
  switch (spec.kind) {
    case 'text':
      if (spec.field === 'uncPath' && !/^\\\\[^\\]+\\[^\\]+/.test(text)) return fail('INVALID_UNC');
      return { ok: true, value: text };
    case 'location':
    case 'person':
    case 'printer':
      return { ok: true, value: text };
    case 'email':
      return EMAIL.test(text) ? { ok: true, value: text } : fail('INVALID_EMAIL');
    case 'driveLetter': {
      const m = /^([A-Za-z]):?\\?$/.exec(text);
      return m ? { ok: true, value: m[1].toUpperCase() } : fail('INVALID_DRIVE_LETTER');
    }
    case 'postalCode':
      return /^\d{5}$/.test(text) ? { ok: true, value: text } : fail('INVALID_POSTAL_CODE');
    case 'ags':
      return AGS_PATTERN.test(text) ? { ok: true, value: text } : fail('INVALID_AGS');
    case 'int': {
      const n = Number(text.replace(/\./g, ''));
      return /^\d{1,3}(\.?\d{3})*$/.test(text) && Number.isSafeInteger(n) && n > 0 && n <= 100_000
        ? { ok: true, value: n }
        : fail('INVALID_NUMBER');
    }
    case 'decimal': {
      // German "1.234,5" and English "1234.5" both read; a comma is always the decimal mark.
      const normal = text.includes(',') ? text.replace(/\./g, '').replace(',', '.') : text;
      const n = Number(normal);
      return /^\d+(\.\d+)?$/.test(normal) && Number.isFinite(n) && n < 1e10
        ? { ok: true, value: Math.round(n * 100) / 100 }
        : fail('INVALID_NUMBER');
    }
    case 'boolean': {
      const w = text.toLowerCase();
      if (TRUE_WORDS.has(w)) return { ok: true, value: true };
      if (FALSE_WORDS.has(w)) return { ok: true, value: false };
      return fail('INVALID_BOOLEAN');
    }
    case 'enum': {
      const code = choice(spec, text);
      return code ? { ok: true, value: code } : fail('INVALID_CHOICE', { allowed: allowedList(spec) });
    }
    case 'enumList': {
      const codes: string[] = [];
      for (const part of splitList(text)) {
        const code = choice(spec, part);
        if (!code) return fail('INVALID_CHOICE', { value: part, allowed: allowedList(spec) });
        if (!codes.includes(code)) codes.push(code);
      }
      return { ok: true, value: codes.sort() };
    }
    case 'personList': {
      const names = [...new Set(splitList(text))];
      const tooLong = names.find((n) => n.length > 104);
      return tooLong ? fail('TOO_LONG', { max: 104 }) : { ok: true, value: names };
    }
  }
}

/** String() for the scalars a column holds; anything else as JSON rather than "[object Object]". */
function scalarText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return JSON.stringify(value) ?? '';
}

/** How exports write a stored value, so that parseCell reads it back unchanged. */
export function formatCell(spec: ImportColumnSpec, value: unknown): string {
  if (value === null || value === undefined) return '';
  switch (spec.kind) {
    case 'boolean':
      return value ? 'ja' : 'nein';
    case 'enum':
      return spec.enumLabels?.[scalarText(value)]?.de ?? scalarText(value);
    case 'enumList':
      return (value as string[]).map((v) => spec.enumLabels?.[v]?.de ?? v).join(', ');
    case 'personList':
      return (value as string[]).join(', ');
    case 'decimal':
      return scalarText(value).replace('.', ',');
    default:
      return scalarText(value);
  }
}
