import { LIMITS, type ImportColumnSpec } from '@schaltplan/domain';

/** What JavaScript's String.prototype.trim removes: white space and line terminators. */
const JS_WHITESPACE = `E' \\t\\n\\u000b\\f\\r\\u00a0\\u1680\\u2000\\u2001\\u2002\\u2003\\u2004\\u2005\\u2006\\u2007\\u2008\\u2009\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff'`;

/** The kinds whose cell check SQL reproduces; other columns make the import read in JavaScript. */
const SQL_KINDS = new Set<ImportColumnSpec['kind']>(['text', 'email', 'location', 'person', 'printer', 'boolean']);

export const checkableInSql = (spec: ImportColumnSpec): boolean => SQL_KINDS.has(spec.kind);

/**
 * A cell with nothing but white space (or absent): the JavaScript reader's `isEmpty`. `clean`:
 * no cell of the file starts or ends with white space (PlainCsvScanner), so none needs trimming.
 */
export const blankSql = (cell: string, clean = false): string =>
  clean ? `coalesce(${cell} = '', true)` : `coalesce(btrim(${cell}, ${JS_WHITESPACE}) = '', true)`;

/** parseCell's text: a neutralised formula's apostrophe removed, then trimmed; empty as NULL. */
export const textSql = (cell: string, clean = false): string =>
  clean
    ? `nullif(${cell}, '')`
    : `nullif(btrim(CASE WHEN left(${cell}, 1) = '''' AND substr(${cell}, 2, 1) IN ('=', '+', '-', '@', E'\\t', E'\\r')
    THEN substr(${cell}, 2) ELSE ${cell} END, ${JS_WHITESPACE}), '')`;

// parseCell's e-mail pattern, for printable ASCII (where JavaScript's \\s cannot occur either).
const EMAIL = `'^[^@"<>(),;:]+@[^@"<>(),;:]+\\.[^@"<>(),;:]{2,}$'`;
const TRUE_WORDS = `'ja', 'j', 'yes', 'y', 'true', 'wahr', '1', 'x', 'aktiv'`;
const FALSE_WORDS = `'nein', 'n', 'no', 'false', 'falsch', '0', 'inaktiv'`;

/**
 * For a normalised text value `v` (textSql, never ''): the stored value and a condition that
 * holds only where parseCell surely accepts the cell with that very value. Where the condition
 * fails, the JavaScript reader decides (and names the row and column of any error).
 */
export function cellSql(spec: ImportColumnSpec, v: string): { value: string; ok: string } {
  const max = spec.max ?? LIMITS.shortText;
  // JavaScript counts UTF-16 units: never more than the UTF-8 bytes, nor twice the characters.
  const fits = `(octet_length(${v}) <= ${max} OR length(${v}) * 2 <= ${max})`;
  const required = spec.required || spec.key ? `${v} IS NOT NULL` : 'true';
  const within = (check: string): string => `(${required} AND (${v} IS NULL OR (${fits} AND ${check})))`;
  switch (spec.kind) {
    case 'text':
      return {
        value: v,
        ok: within(spec.field === 'uncPath' ? `${v} ~ '^\\\\\\\\[^\\\\]+\\\\[^\\\\]+'` : 'true'),
      };
    case 'location':
    case 'person':
    case 'printer':
      return { value: v, ok: within('true') };
    case 'email':
      return { value: v, ok: within(`${v} ~ '^[!-~]+$' AND ${v} ~ ${EMAIL}`) };
    case 'boolean':
      return {
        value: `CASE WHEN lower(${v}) IN (${TRUE_WORDS}) THEN true WHEN lower(${v}) IN (${FALSE_WORDS}) THEN false END`,
        ok: `(${v} IS NULL OR (${v} ~ '^[A-Za-z0-9]+$' AND lower(${v}) IN (${TRUE_WORDS}, ${FALSE_WORDS})))`,
      };
    default:
      throw new Error(`No SQL check for ${spec.kind}`);
  }
}
