// Generated import files: valid tables per import target (from the shared column specs), and
// the ways files go wrong in practice, applied to them.
import { createRequire } from 'node:module';
import path from 'node:path';
import { root } from '../../bench/lib/api-modules.mjs';

const require = createRequire(path.join(root, 'api/package.json'));
export const { IMPORT_SPECS, IMPORT_TARGETS, LIMITS } = require('@schaltplan/domain');

const WORDS = ['Müller', 'Bürgerbüro', 'Kämmerei', 'Straße', 'Jörg', 'Zoë', 'Weiß', 'Amt 3', 'IT', 'Ordnung; Recht'];
const word = (rng) => rng.pick(WORDS) + (rng.bool(0.3) ? ` ${rng.int(1, 999)}` : '');

/** A valid cell for the column; `ctx` holds names of the tenant's locations, persons and printers. */
function validValue(spec, rng, ctx, row) {
  const enumKeys = spec.enumLabels ? Object.keys(spec.enumLabels) : [];
  switch (spec.kind) {
    case 'email':
      return `fuzz.${row}.${rng.int(0, 1e6)}@example.org`;
    case 'driveLetter':
      return `${rng.pick(['H', 'P', 'S'])}:`;
    case 'postalCode':
      return String(rng.int(10000, 99999));
    case 'ags':
      return String(rng.int(1e7, 99999999));
    case 'int':
      return String(rng.int(0, 1000));
    case 'decimal':
      return `${rng.int(0, 500)},${rng.int(0, 9)}`;
    case 'boolean':
      return rng.pick(['ja', 'nein', 'True', 'False', '1', '0']);
    case 'enum':
      return rng.bool(0.5) ? rng.pick(enumKeys) : spec.enumLabels[rng.pick(enumKeys)].de;
    case 'enumList':
      return [rng.pick(enumKeys), rng.pick(enumKeys)].join(', ');
    case 'location':
      return rng.pick(ctx.locations);
    case 'person':
      return rng.pick(ctx.persons);
    case 'printer':
      return rng.pick(ctx.printers);
    case 'personList':
      return [rng.pick(ctx.persons), rng.pick(ctx.persons)].join(', ');
    default:
      return spec.key ? `fuzz-${row}-${rng.int(0, 1e6)}` : word(rng);
  }
}

/** A value the column refuses (or one right at the edge of what it takes). */
function invalidValue(spec, rng) {
  const max = spec.max ?? LIMITS.shortText;
  const byKind = {
    email: ['kein-at.example', 'a@@b', '@', 'x@y'],
    driveLetter: ['1:', 'HH', 'Laufwerk H', ':'],
    postalCode: ['ABCDE', '123', '1234567'],
    ags: ['12', 'ABCDEFGH', '123456789'],
    int: ['zwölf', '1e400', '-99999999999999999999', '3,5', '0x1F', 'NaN'],
    decimal: ['1,2,3', 'NaN', 'Infinity', '1.000.000,5,5', '--1'],
    boolean: ['vielleicht', 'jein', '2'],
    enum: ['UNBEKANNT', 'rathaus rathaus', '%'],
    enumList: ['XMELD_OSCI, NOPE', ';;;', 'ALLE'],
    location: ['Nirgendwo 123', 'Rathaus\u0000', ' '],
    person: ['nobody.999', 'a'.repeat(300)],
    printer: ['KEIN-DRUCKER', 'x'.repeat(300)],
    personList: ['nobody.1, nobody.2', ',,,'],
  };
  const common = ['', '   ', 'x'.repeat(max + 1), '=HYPERLINK("x")', '\u0000\u0001\u0002', '\uFFFD\uD800', '"'];
  return rng.pick([...(byKind[spec.kind] ?? []), ...common]);
}

const quoteCell = (cell, delimiter) =>
  cell.includes(delimiter) || /["\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;

/** Header (German labels) and rows of a valid table for the target. */
export function validTable(target, rng, ctx, rows = rng.int(1, 30)) {
  const columns = IMPORT_SPECS[target].columns.filter((c) => c.required || c.key || rng.bool(0.7));
  const header = columns.map((c) => (rng.bool(0.8) ? c.label.de : rng.pick([c.label.en, ...c.aliases, c.label.de])));
  const body = Array.from({ length: rows }, (_, r) => columns.map((c) => validValue(c, rng, ctx, r)));
  return { columns, header, rows: body };
}

export function toCsv({ header, rows }, delimiter = ';', eol = '\r\n') {
  return [header, ...rows].map((r) => r.map((c) => quoteCell(c, delimiter)).join(delimiter)).join(eol) + eol;
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Byte-level damage, as editors, mail programs and half-finished copies do it. */
const MUTATIONS = {
  dropDelimiters: (b, rng) =>
    Buffer.from(
      b.toString('latin1').replace(/;/g, (d) => (rng.bool(0.2) ? '' : d)),
      'latin1',
    ),
  doubleDelimiters: (b, rng) =>
    Buffer.from(
      b.toString('latin1').replace(/;/g, (d) => (rng.bool(0.2) ? ';;' : d)),
      'latin1',
    ),
  strayQuotes: (b, rng) => insertAt(b, rng, Buffer.from(rng.pick(['"', '""', '"""', '";"']))),
  dropQuotes: (b, rng) =>
    Buffer.from(
      b.toString('latin1').replace(/"/g, (q) => (rng.bool(0.5) ? '' : q)),
      'latin1',
    ),
  bomChaos: (b, rng) =>
    rng.pick([
      () => Buffer.concat([BOM, BOM, b]),
      () => insertAt(b, rng, BOM),
      () => Buffer.concat([Buffer.from([0xff, 0xfe]), b]),
      () => Buffer.concat([Buffer.from([0xfe, 0xff]), b]),
      () => BOM,
    ])(),
  lineEndingChaos: (b, rng) =>
    Buffer.from(
      b.toString('latin1').replace(/\r\n/g, () => rng.pick(['\r', '\n', '\r\r\n', '\n\r', '\r\n\r\n', '\u2028'])),
      'latin1',
    ),
  duplicateLines: (b, rng) => {
    const lines = b.toString('latin1').split('\r\n');
    const i = rng.int(0, lines.length - 1);
    lines.splice(i, 0, ...Array(rng.int(1, 50)).fill(lines[i]));
    return Buffer.from(lines.join('\r\n'), 'latin1');
  },
  dropLines: (b, rng) =>
    Buffer.from(
      b
        .toString('latin1')
        .split('\r\n')
        .filter(() => rng.bool(0.7))
        .join('\r\n'),
      'latin1',
    ),
  truncate: (b, rng) => b.subarray(0, rng.int(0, b.length)),
  nulBytes: (b, rng) => insertAt(b, rng, Buffer.alloc(rng.int(1, 16))),
  randomBytes: (b, rng) => insertAt(b, rng, rng.bytes(rng.int(1, 64))),
  flipBytes: (b, rng) => flip(b, rng, rng.int(1, 20)),
  otherDelimiter: (b, rng) =>
    Buffer.from(b.toString('latin1').replace(/;/g, rng.pick([',', '\t', '|', ' ', ';\t'])), 'latin1'),
  blankLines: (b, rng) => insertAt(b, rng, Buffer.from(rng.pick(['\r\n\r\n', '   \r\n', ';;;\r\n', '\t\r\n']))),
  trailingGarbage: (b, rng) => Buffer.concat([b, Buffer.from(rng.pick(['\u001a', '\r\n;', '"', '\\', '#EOF']))]),
};

function insertAt(b, rng, piece) {
  const at = rng.int(0, b.length);
  return Buffer.concat([b.subarray(0, at), piece, b.subarray(at)]);
}

export function flip(b, rng, count) {
  const out = Buffer.from(b);
  for (let k = 0; k < count && out.length; k++) out[rng.int(0, out.length - 1)] = rng.int(0, 255);
  return out;
}

/** A file name for the upload, mostly matching the content, sometimes odd. */
export function fileName(rng, ext) {
  if (rng.bool(0.9)) return `fuzz-${rng.int(0, 1e6)}.${ext}`;
  return rng.pick([
    `Daten ä ö ü.${ext}`,
    `../../etc/passwd.${ext}`,
    `noext`,
    `x.${ext}.exe`,
    '  .csv',
    `${'n'.repeat(250)}.csv`,
  ]);
}

/** Every kind of generated CSV-like file: { kind, body, target, read? }. */
export const CSV_KINDS = {
  csvMutated(rng, ctx) {
    const target = rng.pick(IMPORT_TARGETS);
    let body = Buffer.from(toCsv(validTable(target, rng, ctx)));
    const names = Object.keys(MUTATIONS);
    for (let k = rng.int(1, 3); k > 0; k--) body = MUTATIONS[rng.pick(names)](body, rng);
    return { body, target };
  },
  csvInvalidValues(rng, ctx) {
    const target = rng.pick(IMPORT_TARGETS);
    const table = validTable(target, rng, ctx);
    for (const row of table.rows)
      for (let c = 0; c < row.length; c++) if (rng.bool(0.3)) row[c] = invalidValue(table.columns[c], rng);
    const delimiter = rng.pick([';', ',', '\t']);
    return { body: Buffer.from(toCsv(table, delimiter, rng.pick(['\r\n', '\n']))), target };
  },
  csvValid(rng, ctx) {
    const target = rng.pick(IMPORT_TARGETS);
    const bom = rng.bool(0.3) ? '\uFEFF' : '';
    return { body: Buffer.from(bom + toCsv(validTable(target, rng, ctx), rng.pick([';', ',', '\t']))), target };
  },
  hugeCell(rng) {
    const size = rng.pick([LIMITS.longText + 1, 99_999, 100_001, rng.int(100_000, 3_000_000)]);
    const quoted = rng.bool(0.5);
    const cell = rng.pick(['x', 'ä', '"', ';']).repeat(size);
    const text = quoted ? `"${cell.replace(/"/g, '""')}"` : cell;
    return { body: Buffer.from(`Benutzername;Vorname\r\na.b;${text}\r\nc.d;Carl\r\n`), target: 'PERSONS' };
  },
  hugeLine(rng) {
    const cells = rng.int(1000, 200_000);
    const line = Array.from({ length: cells }, (_, i) => `c${i}`).join(';');
    const header = rng.bool(0.5) ? line : 'Benutzername;Vorname';
    return { body: Buffer.from(`${header}\r\n${line}\r\na.b;Anna\r\n`), target: 'PERSONS' };
  },
  utf16NoBom(rng, ctx) {
    const text = toCsv(validTable('PERSONS', rng, ctx));
    const le = Buffer.from(text, 'utf16le');
    const body = rng.bool(0.5) ? le : le.swap16();
    return { body, target: 'PERSONS', read: rng.bool(0.3) ? { encoding: 'UTF16LE' } : {} };
  },
  cp1252AsUtf8(rng, ctx) {
    const text = toCsv(validTable('PERSONS', rng, ctx));
    const body = Buffer.from(text.replace(/[\u0100-\uffff]/g, '?'), 'latin1');
    return { body, target: 'PERSONS', read: { encoding: 'UTF8' } };
  },
  randomBytes(rng) {
    const n = rng.pick([1, 2, 3, 16, 512, 4096, rng.int(0, 200_000)]);
    const prefix = rng.pick([
      Buffer.alloc(0),
      Buffer.from('PK\u0003\u0004'),
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0]),
      BOM,
    ]);
    return { body: Buffer.concat([prefix, rng.bytes(n)]), target: rng.pick(IMPORT_TARGETS) };
  },
  empty(rng) {
    const body = rng.pick([
      Buffer.alloc(0),
      BOM,
      Buffer.from('\r\n\r\n'),
      Buffer.from(';;;'),
      Buffer.from([0xff, 0xfe]),
    ]);
    return { body, target: rng.pick(IMPORT_TARGETS) };
  },
};
