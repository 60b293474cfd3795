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
