import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { FileRow } from './csv-rows';
import { ImportFileError } from './import-file-error';
import { xlsxInput } from './xlsx-input';

type ExcelValue = ExcelJS.CellValue;

/** A cell as plain data: rich text joined, formulas as their cached result, links as their text. */
export function plainCell(value: ExcelValue): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value !== 'object') return value;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('result' in value) return plainCell(value.result);
  if ('text' in value) return plainCell(value.text);
  if ('error' in value) return null;
  return null;
}

function reader(input: Readable): ExcelJS.stream.xlsx.WorkbookReader {
  return new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
    entries: 'ignore',
  });
}

function broken(error: unknown): ImportFileError {
  return error instanceof ImportFileError ? error : new ImportFileError('XLSX_BROKEN');
}

/** Sheet names in workbook order (reads until the first sheet starts). */
export async function listSheets(chunks: AsyncIterable<Buffer>): Promise<string[]> {
  const input = xlsxInput(chunks);
  const workbook = reader(input);
  try {
    for await (const sheet of workbook) {
      const model = (workbook as unknown as { model?: { sheets?: { name: string }[] } }).model;
      const names = model?.sheets?.map((s) => s.name) ?? [];
      return names.length ? names : [(sheet as unknown as { name: string }).name];
    }
  } catch (error) {
    throw broken(error);
  } finally {
    // Stopping early must also stop reading the file (its chunks come from the database).
    input.destroy();
  }
  throw new ImportFileError('XLSX_BROKEN');
}

/** Streams the rows of one sheet (the first when none is named), with Excel's row numbers. */
export async function* readXlsxRows(chunks: AsyncIterable<Buffer>, sheetName: string | null): AsyncGenerator<FileRow> {
  const input = xlsxInput(chunks);
  const workbook = reader(input);
  try {
    for await (const sheet of workbook) {
      const name = (sheet as unknown as { name: string }).name;
      if (sheetName !== null && name !== sheetName) {
        // Read past a skipped sheet: exceljs may have parked it in a temp file it deletes right after,
        // and a stream nobody reads would then fail later, outside any handler.
        for await (const skipped of sheet as unknown as AsyncIterable<ExcelJS.Row>) void skipped;
        continue;
      }
      for await (const row of sheet as unknown as AsyncIterable<ExcelJS.Row>) {
        // row.values is 1-based (index 0 unused) and sparse.
        const values = (row.values as ExcelValue[]).slice(1);
        yield { row: row.number, cells: Array.from(values, (v) => plainCell(v)) };
      }
      return;
    }
  } catch (error) {
    throw broken(error);
  } finally {
    input.destroy();
  }
  throw new ImportFileError(sheetName ? 'XLSX_NO_SHEET' : 'XLSX_BROKEN', { sheet: sheetName ?? '' });
}
