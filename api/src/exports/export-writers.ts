import type { Writable } from 'node:stream';
import { formatCell, neutralizeFormula, type ImportColumnSpec } from '@schaltplan/domain';
import { stringify } from 'csv-stringify/sync';
import type ExcelJS from 'exceljs';
import { loadExcel } from '../common/lazy-libraries';
import type { ExportFormat } from './export-columns';

/** One written cell: text, a number (XLSX only) or empty. */
export type ExportCell = string | number | null;

/** Writes a file's header, then its rows page by page, then its end. */
export interface ExportWriter {
  header(labels: string[]): Promise<void>;
  rows(rows: ExportCell[][]): Promise<void>;
  end(): Promise<void>;
}

const NUMERIC_KINDS = new Set(['int', 'decimal']);

/**
 * A stored row as cells, by the shared column specs: formatCell writes what parseCell reads back,
 * then neutralizeFormula makes sure no cell runs as a formula in Excel (the import undoes it).
 * With `numbers`, int/decimal columns stay numbers (XLSX).
 */
export function toCells(columns: ImportColumnSpec[], record: Record<string, unknown>, numbers: boolean): ExportCell[] {
  return columns.map((column) => {
    const value = record[column.field];
    if (value === null || value === undefined) return null;
    if (numbers && NUMERIC_KINDS.has(column.kind)) {
      const n = typeof value === 'number' ? value : Number(value);
      if (Number.isFinite(n)) return n;
    }
    const text = formatCell(column, value);
    return text === '' ? null : neutralizeFormula(text);
  });
}

/**
 * Waits while the response's buffer is full, so a slow client does not grow memory. A client
 * that goes away ends the wait too (no 'drain' ever comes then); the caller sees `destroyed`.
 */
async function drained(out: Writable): Promise<void> {
  if (!out.writableNeedDrain || out.destroyed) return;
  await new Promise<void>((resolve) => {
    const done = (): void => {
      out.off('drain', done);
      out.off('close', done);
      resolve();
    };
    out.on('drain', done);
    out.on('close', done);
  });
}

const BOM = '\uFEFF';

/** CSV for Excel: UTF-8 with BOM, CRLF, `;` (German Excel) or `,`; quotes only where needed. */
class CsvWriter implements ExportWriter {
  constructor(
    private readonly out: Writable,
    private readonly delimiter: ';' | ',',
  ) {}

  private async write(records: ExportCell[][], prefix = ''): Promise<void> {
    const text = stringify(records, { delimiter: this.delimiter, record_delimiter: 'windows', eof: true });
    this.out.write(prefix + text, 'utf8');
    await drained(this.out);
  }

  header(labels: string[]): Promise<void> {
    return this.write([labels], BOM);
  }

  async rows(rows: ExportCell[][]): Promise<void> {
    if (rows.length > 0) await this.write(rows);
  }

  end(): Promise<void> {
    this.out.end();
    return Promise.resolve();
  }
}

/** Excel: one sheet, bold header row, rows committed as they come (streaming writer). */
class XlsxWriter implements ExportWriter {
  private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  private readonly sheet: ExcelJS.Worksheet;

  constructor(
    excel: typeof ExcelJS,
    private readonly out: Writable,
    sheetName: string,
  ) {
    this.workbook = new excel.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
    this.workbook.creator = 'Schaltplan';
    this.sheet = this.workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  }

  header(labels: string[]): Promise<void> {
    this.sheet.columns = labels.map((label) => ({ width: Math.min(40, Math.max(12, label.length + 4)) }));
    const row = this.sheet.addRow(labels);
    row.font = { bold: true };
    row.commit();
    return Promise.resolve();
  }

  async rows(rows: ExportCell[][]): Promise<void> {
    for (const cells of rows) this.sheet.addRow(cells).commit();
    await drained(this.out);
  }

  async end(): Promise<void> {
    this.sheet.commit();
    await this.workbook.commit();
  }
}

export async function createWriter(format: ExportFormat, out: Writable, sheetName: string): Promise<ExportWriter> {
  if (format === 'xlsx') return new XlsxWriter(await loadExcel(), out, sheetName);
  return new CsvWriter(out, format === 'csv' ? ';' : ',');
}

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  'csv-comma': 'text/csv; charset=utf-8',
};
