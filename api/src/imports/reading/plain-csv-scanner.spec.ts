import { describe, expect, it } from '@jest/globals';
import { CsvSplitter } from './csv-splitter';
import { PlainCsvScanner } from './plain-csv-scanner';

/** Scans the file in pieces of `size` bytes; returns null when it is not plain, else its records. */
function scan(text: string, size: number, max = 1000): { records: number; width: number; ends: number[] } | null {
  const bytes = Buffer.from(text, 'utf8');
  const scanner = new PlainCsvScanner(';', max);
  const ends: number[] = [];
  for (let i = 0; i < bytes.length; i += size) {
    scanner.push(bytes.subarray(i, i + size));
    if (scanner.lastEnd >= 0) ends.push(i + scanner.lastEnd);
  }
  scanner.finish();
  return scanner.failed ? null : { records: scanner.records, width: scanner.width, ends };
}

/** What the JavaScript fast reader makes of the file: its records, or null where it hands over. */
function split(text: string): string[][] | null {
  const splitter = new CsvSplitter(';', 1000);
  const records = splitter.push(text, true);
  return splitter.failed ? null : records;
}

const PLAIN: Record<string, string> = {
  'CRLF with umlauts': 'Benutzername;Vorname\r\nj.mueller;Jürgen\r\nz.weiss;Zoë\r\n',
  'LF without a final line break': 'a;b\nc;d',
  'quoted delimiter, doubled quote and line break': 'a;b\r\n"x;y";"zwei\r\n""Zeilen"""\r\n"";\r\n',
  'empty cells': 'a;b;c\r\n;;\r\n"";x;\r\n',
};

const NOT_PLAIN: Record<string, string> = {
  'quote inside an unquoted cell': 'a;b\r\nx;1"2\r\n',
  'text after a closing quote': 'a;b\n"x"y;z\n',
  'empty line': 'a;b\r\n\r\nc;d\r\n',
  'mixed line breaks': 'a;b\r\nc;d\ne;f\r\n',
  'a lone carriage return': 'a;b\rc;d\r\n',
  'unclosed quote': 'a;b\r\nc;"d\r\n',
  'a row narrower than the header': 'a;b;c\r\nd;e\r\n',
  'a row wider than the header': 'a;b\r\nd;e;\r\n',
  'a record over the limit': `a;b\r\nc;${'x'.repeat(1200)}\r\n`,
};

describe('PlainCsvScanner', () => {
  for (const [name, text] of Object.entries(PLAIN)) {
    it(`accepts "${name}" with the records the JavaScript reader finds, however it is cut`, () => {
      const records = split(text);
      expect(records).not.toBeNull();
      const whole = scan(text, 1 << 20);
      expect(whole).toEqual(expect.objectContaining({ records: records?.length, width: records?.[0].length }));
      for (const size of [1, 2, 3, 5, 64]) expect(scan(text, size)?.records).toBe(records?.length);
    });
  }

  for (const [name, text] of Object.entries(NOT_PLAIN)) {
    it(`hands "${name}" to the JavaScript reader`, () => {
      for (const size of [1, 3, 1 << 20]) expect(scan(text, size)).toBeNull();
    });
  }

  it('reports where complete records end, so every COPY starts at a record', () => {
    const text = 'a;b\r\n"c\r\nd";e\r\nf;g';
    const bytes = Buffer.from(text, 'utf8');
    const ends = scan(text, 1)?.ends ?? [];
    expect(ends).toEqual([5, 15]);
    expect(bytes.subarray(ends[0], ends[1]).toString()).toBe('"c\r\nd";e\r\n');
  });

  it('says whether any data cell could need trimming or a formula check (the header aside)', () => {
    const cleanOf = (text: string): boolean => {
      const scanner = new PlainCsvScanner(';', 1000);
      for (const b of Buffer.from(text, 'utf8')) scanner.push(Uint8Array.of(b));
      scanner.finish();
      expect(scanner.failed).toBe(false);
      return scanner.clean;
    };
    expect(cleanOf(' Name ;Ort\r\nj.mueller;"Köln; Süd"\r\nZoë;Öhringen\r\n;x\r\n')).toBe(true);
    for (const cell of [' j', 'j ', '"j "', "'=1", '\u00a0j', 'j\u3000', 'j\t', '"a\r\n"'])
      expect(cleanOf(`a;b\r\n${cell};x\r\n`)).toBe(false);
    expect(cleanOf('a;b\nx;y ')).toBe(false);
  });
});
