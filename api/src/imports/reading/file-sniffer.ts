import { parse } from 'csv-parse/sync';
import { ImportFileError } from './import-file-error';

export type FileFormat = 'CSV' | 'XLSX';
export type TextEncoding = 'UTF8' | 'WINDOWS_1252' | 'UTF16LE';
export type Delimiter = ';' | ',' | '\t';
export const DELIMITERS: Delimiter[] = [';', ',', '\t'];

export interface CsvDetection {
  encoding: TextEncoding;
  bom: boolean;
  delimiter: Delimiter;
  /** 1-based record number of the header; records before it (PowerShell's #TYPE line) are skipped. */
  headerRow: number;
}

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** What the first bytes say: XLSX (a zip), CSV text, or something we refuse with a reason. */
export function sniffFormat(head: Buffer): FileFormat {
  if (head.length === 0) throw new ImportFileError('FILE_EMPTY');
  if (head.subarray(0, 4).equals(ZIP)) return 'XLSX';
  if (head.subarray(0, 8).equals(CFB)) {
    // Office puts a password-protected XLSX into a compound file with an "EncryptedPackage" stream.
    const encrypted = head.includes(Buffer.from('EncryptedPackage', 'utf16le'));
    throw new ImportFileError(encrypted ? 'XLSX_ENCRYPTED' : 'XLS_OLD_FORMAT');
  }
  return 'CSV';
}

export function detectEncoding(head: Buffer): { encoding: TextEncoding; bom: boolean } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'UTF8', bom: true };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'UTF16LE', bom: true };
  // A sample may end inside a multi-byte character: ignore up to 3 trailing bytes.
  for (let cut = 0; cut <= 3 && cut < head.length; cut++) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, head.length - cut));
      return { encoding: 'UTF8', bom: false };
    } catch {
      // not valid UTF-8 with this cut
    }
  }
  return { encoding: 'WINDOWS_1252', bom: false };
}

/** Decodes a sample for detection (bounded, so a single huge cell costs nothing). */
export function decodeSample(head: Buffer, encoding: TextEncoding): string {
  const label = encoding === 'UTF8' ? 'utf-8' : encoding === 'UTF16LE' ? 'utf-16le' : 'windows-1252';
  return new TextDecoder(label).decode(head);
}

/** Text files have next to no control characters; renamed binaries have many (and NULs). */
export function assertText(sample: string): void {
  if (!sample.trim()) throw new ImportFileError('FILE_EMPTY');
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) throw new ImportFileError('FILE_BINARY');
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) control++;
  }
  if (control / sample.length > 0.02) throw new ImportFileError('FILE_BINARY');
}

function sampleRecords(sample: string, delimiter: Delimiter): string[][] {
  // Up to the last complete line; a quoted cell still open there may need fewer lines.
  let text = sample.slice(0, Math.max(sample.lastIndexOf('\n'), 0)) || sample;
  for (let attempt = 0; attempt < 4; attempt++) {
    try {
      const records: string[][] = parse(text, {
        delimiter,
        relax_column_count: true,
        relax_quotes: true,
        to_line: 50,
        bom: true,
      });
      return records;
    } catch {
      text = text.slice(0, Math.max(text.lastIndexOf('\n', text.length - 2), 0));
      if (!text) break;
    }
  }
  return [];
}

/** Delimiter whose rows most consistently split into several cells; then the header row. */
export function detectLayout(sample: string): { delimiter: Delimiter; headerRow: number } {
  let best: { delimiter: Delimiter; score: number; records: string[][] } = { delimiter: ';', score: -1, records: [] };
  for (const delimiter of DELIMITERS) {
    const records = sampleRecords(sample, delimiter).filter((r) => !isComment(r));
    const counts = new Map<number, number>();
    for (const r of records) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
    let modeWidth = 1;
    let modeCount = 0;
    for (const [width, n] of counts) if (width > 1 && n > modeCount) [modeWidth, modeCount] = [width, n];
    const score = modeCount * Math.log2(modeWidth + 1);
    if (score > best.score) best = { delimiter, score, records };
  }
  return { delimiter: best.delimiter, headerRow: detectHeaderRow(sampleRecords(sample, best.delimiter)) };
}

const isComment = (record: string[]): boolean => (record[0] ?? '').trimStart().startsWith('#');

/**
 * First record that is no comment and as wide as most rows: title lines above a table and
 * PowerShell's #TYPE line are skipped; one ragged row does not move the header.
 */
export function detectHeaderRow(records: (readonly unknown[])[]): number {
  const width = (r: readonly unknown[]): number => r.filter((c) => c !== null && c !== undefined && c !== '').length;
  const head = records.slice(0, 30).map((r) => (isComment(r as string[]) ? 0 : width(r)));
  const counts = new Map<number, number>();
  for (const w of head) if (w > 0) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 1;
  let seen = 0;
  for (const [w, n] of counts) if (n > seen || (n === seen && w > common)) [common, seen] = [w, n];
  const index = head.findIndex((w) => w >= common);
  return index < 0 ? 1 : index + 1;
}
