import { finished, Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { loadExcel } from '../../common/lazy-libraries';
import type { FileRow } from './csv-rows';
import { ImportFileError } from './import-file-error';
import { xlsxInput } from './xlsx-input';
import { XlsxStallGuard } from './xlsx-stall';
import { XlsxTempFiles } from './xlsx-temp-files';

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

function reader(excel: typeof ExcelJS, input: Readable): ExcelJS.stream.xlsx.WorkbookReader {
  return new excel.stream.xlsx.WorkbookReader(input, {
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

/** A sheet as exceljs' reader yields it: its name and the stream it reads its XML from. */
interface Sheet extends AsyncIterable<ExcelJS.Row> {
  name: string;
  iterator?: unknown;
}

interface Workbook {
  sheets: AsyncIterable<Sheet>;
  /** Rows of a sheet, given up as broken when exceljs stops making progress. */
  rows(sheet: Sheet): AsyncIterable<ExcelJS.Row>;
  model(): { sheets?: { name: string }[] } | undefined;
  /** Stops reading the file and frees what exceljs opened for it (also when stopped early or failed). */
  close(): Promise<void>;
}

/** Closes a sheet's temp file stream; its outcome no longer matters, as nobody reads the sheet any more. */
function discard(stream: Readable): Promise<void> {
  return new Promise((resolve) => {
    finished(stream, () => resolve());
    stream.destroy();
  });
}

/**
 * A step given up as stalled may still end once the input is destroyed: exceljs then opens the
 * temp files of parked sheets, which close() has already deleted. Such a late sheet's stream gets
 * an error handler (an unhandled ENOENT would end the process) and is closed, and the reader ended.
 */
function abandonLateSheet(all: AsyncGenerator<Sheet>, pending: Promise<IteratorResult<Sheet>>): void {
  void pending
    .then(async (late) => {
      if (!late.done && late.value.iterator instanceof Readable) {
        const stream = late.value.iterator;
        stream.on('error', () => undefined);
        stream.destroy();
      }
      await all.return(undefined);
    })
    .catch(() => undefined);
}

async function openWorkbook(chunks: AsyncIterable<Buffer>): Promise<Workbook> {
  const excel = await loadExcel();
  const guard = new XlsxStallGuard();
  const input = xlsxInput(guard.track(chunks));
  const workbook = reader(excel, input);
  const temp = new XlsxTempFiles();
  const opened: Readable[] = [];
  async function* sheets(): AsyncGenerator<Sheet> {
    const all = workbook[Symbol.asyncIterator]() as unknown as AsyncGenerator<Sheet>;
    let pending: Promise<IteratorResult<Sheet>> | undefined;
    try {
      for (;;) {
        pending = temp.run(() => all.next());
        const next = await guard.step(pending);
        pending = undefined;
        if (next.done) return;
        // A parked sheet is read from its temp file, opened before anyone reads the sheet.
        if (next.value.iterator instanceof Readable) opened.push(next.value.iterator);
        yield next.value;
      }
    } finally {
      if (!guard.stalled) await all.return(undefined);
      else if (pending) abandonLateSheet(all, pending);
    }
  }
  return {
    sheets: sheets(),
    rows: (sheet) => guard.each(sheet),
    model: () => (workbook as unknown as { model?: { sheets?: { name: string }[] } }).model,
    close: async () => {
      // Stopping early must also stop reading the file (its chunks come from the database).
      input.destroy();
      // Delete the temp files only once their streams closed: one still opening would fail on a deleted file.
      await Promise.all(opened.map(discard));
      await temp.release();
    },
  };
}

/** Sheet names in workbook order (reads until the first sheet starts). */
export async function listSheets(chunks: AsyncIterable<Buffer>): Promise<string[]> {
  const workbook = await openWorkbook(chunks);
  try {
    for await (const sheet of workbook.sheets) {
      const names = workbook.model()?.sheets?.map((s) => s.name) ?? [];
      return names.length ? names : [sheet.name];
    }
  } catch (error) {
    throw broken(error);
  } finally {
    await workbook.close();
  }
  throw new ImportFileError('XLSX_BROKEN');
}

/** Streams the rows of one sheet (the first when none is named), with Excel's row numbers. */
export async function* readXlsxRows(chunks: AsyncIterable<Buffer>, sheetName: string | null): AsyncGenerator<FileRow> {
  const workbook = await openWorkbook(chunks);
  try {
    for await (const sheet of workbook.sheets) {
      if (sheetName !== null && sheet.name !== sheetName) {
        // Read past a skipped sheet: exceljs may have parked it in a temp file it deletes right after,
        // and a stream nobody reads would then fail later, outside any handler.
        for await (const skipped of workbook.rows(sheet)) void skipped;
        continue;
      }
      for await (const row of workbook.rows(sheet)) {
        // row.values is 1-based (index 0 unused) and sparse.
        const values = (row.values as ExcelValue[]).slice(1);
        yield { row: row.number, cells: Array.from(values, (v) => plainCell(v)) };
      }
      return;
    }
  } catch (error) {
    throw broken(error);
  } finally {
    await workbook.close();
  }
  throw new ImportFileError(sheetName ? 'XLSX_NO_SHEET' : 'XLSX_BROKEN', { sheet: sheetName ?? '' });
}
