import type { ImportColumnSpec } from './import-specs';
import { AGS_PATTERN, LIMITS } from './inventory';
import type { ImportErrorCode, ImportParams } from './import-messages';
import { normalizeHeader } from './import-specs';

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
