import { describe, expect, it } from '@jest/globals';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { readCsvRows, type FileRow } from './csv-rows';
import { ImportFileError } from './import-file-error';

/** The file in pieces of `size` bytes (multi-byte characters split across pieces too). */
function pieces(text: string, size: number): AsyncIterable<Buffer> {
  const bytes = Buffer.from(text, 'utf8');
  const parts: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) parts.push(bytes.subarray(i, i + size));
  return Readable.from(parts);
}

async function read(text: string, size: number, delimiter: ';' | ',' = ';'): Promise<FileRow[]> {
  const rows: FileRow[] = [];
  for await (const r of readCsvRows(pieces(text, size), { encoding: 'UTF8', delimiter })) rows.push(r);
  return rows;
}

/** What csv-parse alone makes of the whole file: the behaviour the fast path must keep. */
function reference(text: string, delimiter = ';'): FileRow[] {
  const records: string[][] = parse(text, {
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    bom: true,
  });
  return records.map((cells, i) => ({ row: i + 1, cells }));
}

const FILES: Record<string, string> = {
  plain: 'Benutzername;Vorname;E-Mail\r\na.alt;Anna;a@x.example\r\nb.berg;Björn;\r\n',
  'no final line break': 'a;b\nc;d',
  'quoted delimiter, doubled quote and line break': 'a;"b;c"\r\n"x ""y""";"zwei\r\nZeilen"\r\nd;e\r\n',
  'empty quoted cells and trailing empty cells': 'a;"";\r\n;;\r\n"";x\r\n',
  'bom and umlauts': '\ufeffName;Ort\nJürgen;Köln\nZoë;Straße\n',
  'quote inside an unquoted cell (fallback)': 'a;b\r\nx;1"2\r\ny;z\r\n',
  'text after a closing quote (fallback)': 'a;b\n"x"y;z\nc;d\n',
  'empty line in the middle (fallback)': 'a;b\r\n\r\nc;d\r\n',
  'mixed line breaks (fallback)': 'a;b\r\nc;d\ne;f\r\n',
};

describe('readCsvRows', () => {
  for (const [name, text] of Object.entries(FILES)) {
    it(`reads "${name}" as csv-parse does, however the file is cut into pieces`, async () => {
      const expected = reference(text);
      expect(expected.length).toBeGreaterThan(1);
      for (const size of [1, 2, 3, 7, 64, 1 << 20]) expect(await read(text, size)).toEqual(expected);
    });
  }

  it('reads a comma-separated file with quoted commas', async () => {
    const text = 'name,ort\n"Müller, Anna",Bonn\n';
    expect(await read(text, 5, ',')).toEqual(reference(text, ','));
  });

  it('reports an unclosed quote with its line, also after plain rows', async () => {
    const text = 'a;b\r\nc;d\r\ne;"offen\r\nf;g\r\n';
    const failure = await read(text, 4).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ImportFileError);
    expect((failure as ImportFileError).code).toBe('CSV_UNCLOSED_QUOTE');
  });
});
