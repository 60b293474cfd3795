import { IMPORT_TARGETS, suggestMapping, type ImportTarget } from '@schaltplan/domain';
import { readFile, readHead, readTail, type StoredFile } from '../import-files.store';
import { readCsvRows, type FileRow } from './csv-rows';
import {
  assertText,
  decodeSample,
  detectEncoding,
  detectHeaderRow,
  detectLayout,
  sniffFormat,
  type Delimiter,
  type FileFormat,
  type TextEncoding,
} from './file-sniffer';
import { ImportFileError } from './import-file-error';
import { listSheets, readXlsxRows } from './xlsx-rows';
import { checkZipSizes } from './xlsx-zip-check';

/** How to read a file: detected, each overridable by the user. */
export interface ReadOptions {
  sheet?: string | null;
  encoding?: TextEncoding | null;
  delimiter?: Delimiter | null;
  headerRow?: number | null;
}

export interface FileLayout {
  format: FileFormat;
  sheets: string[];
  sheet: string | null;
  encoding: TextEncoding | null;
  bom: boolean;
  delimiter: Delimiter | null;
  headerRow: number;
}

export interface Analysis extends FileLayout {
  problem: ImportFileError | null;
  headers: string[];
  sampleRows: string[][];
  sampleRowNumbers: number[];
  suggestedTarget: ImportTarget | null;
}

const HEAD_BYTES = 256 * 1024;
const SAMPLE_ROWS = 5;

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'string') return v;
  return typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v);
}

async function layout(file: StoredFile, options: ReadOptions): Promise<FileLayout> {
  const head = await readHead(file.id, HEAD_BYTES);
  const format = sniffFormat(head);
  if (format === 'XLSX') {
    checkZipSizes(await readTail(file.id));
    const sheets = await listSheets(readFile(file.id));
    // Without a choice: the first sheet that holds a table (an explanatory first sheet is common).
    let sheet = options.sheet ?? null;
    let firstRows: unknown[][] = [];
    for (const candidate of sheet ? [sheet] : sheets) {
      firstRows = await firstXlsxRows(file, candidate);
      sheet ??= candidate;
      if (firstRows.filter((r) => r.some((c) => cellText(c).trim())).length >= 2) {
        sheet = candidate;
        break;
      }
    }
    const headerRow = options.headerRow ?? detectHeaderRow(firstRows);
    return { format, sheets, sheet, encoding: null, bom: false, delimiter: null, headerRow };
  }
  const detected = detectEncoding(head);
  const encoding = options.encoding ?? detected.encoding;
  const sample = decodeSample(head, encoding);
  assertText(sample);
  const found = detectLayout(sample);
  return {
    format,
    sheets: [],
    sheet: null,
    encoding,
    bom: detected.bom,
    delimiter: options.delimiter ?? found.delimiter,
    headerRow: options.headerRow ?? found.headerRow,
  };
}

/** The first rows of a sheet, padded so that index + 1 is Excel's row number. */
async function firstXlsxRows(file: StoredFile, sheet: string): Promise<unknown[][]> {
  const rows: unknown[][] = [];
  for await (const r of readXlsxRows(readFile(file.id), sheet)) {
    while (rows.length < r.row - 1) rows.push([]);
    rows.push(r.cells);
    if (rows.length >= 30) break;
  }
  return rows;
}

/** All rows of the file (CSV or the chosen sheet), with a byte counter for progress. */
function rowsOf(file: StoredFile, l: FileLayout, onBytes?: (n: number) => void): AsyncGenerator<FileRow> {
  const chunks = readFile(file.id, onBytes);
  return l.format === 'XLSX'
    ? readXlsxRows(chunks, l.sheet)
    : readCsvRows(chunks, { encoding: l.encoding ?? 'UTF8', delimiter: l.delimiter ?? ';' });
}

/** The target whose known headers match the most columns (null when none matches two). */
export function guessTarget(headers: string[]): { target: ImportTarget | null; hits: Record<string, number> } {
  const hits: Record<string, number> = {};
  let best: ImportTarget | null = null;
  for (const target of IMPORT_TARGETS) {
    hits[target] = suggestMapping(target, headers).filter(Boolean).length;
    if (hits[target] >= 2 && (!best || hits[target] > hits[best])) best = target;
  }
  return { target: best, hits };
}

export async function analyzeFile(file: StoredFile, options: ReadOptions): Promise<Analysis> {
  const l = await layout(file, options);
  let headers: string[] = [];
  const sampleRows: string[][] = [];
  const sampleRowNumbers: number[] = [];
  for await (const r of rowsOf(file, l)) {
    if (r.row < l.headerRow) continue;
    if (r.row === l.headerRow) headers = r.cells.map(cellText);
    else if (r.cells.some((c) => cellText(c).trim())) {
      sampleRows.push(r.cells.map(cellText));
      sampleRowNumbers.push(r.row);
    }
    if (sampleRows.length >= SAMPLE_ROWS) break;
  }
  // The layout stays visible (e.g. to pick another sheet) even when the chosen one holds no data.
  const problem = !headers.some((h) => h.trim())
    ? new ImportFileError('FILE_EMPTY')
    : !sampleRows.length
      ? new ImportFileError('FILE_ONLY_HEADER')
      : null;
  return { ...l, headers, sampleRows, sampleRowNumbers, suggestedTarget: guessTarget(headers).target, problem };
}

/** Opens the file for an import: its layout, the header cells and the data rows after them. */
export async function openRows(
  file: StoredFile,
  options: ReadOptions,
  onBytes: (n: number) => void,
): Promise<{ layout: FileLayout; headers: string[]; rows: AsyncGenerator<FileRow> }> {
  const l = await layout(file, options);
  const all = rowsOf(file, l, onBytes);
  let headers: string[] = [];
  for (;;) {
    const next = await all.next();
    if (next.done) break;
    if (next.value.row === l.headerRow) {
      headers = next.value.cells.map(cellText);
      break;
    }
  }
  return { layout: l, headers, rows: all };
}
