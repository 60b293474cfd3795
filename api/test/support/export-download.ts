import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import type { Session, TestApp } from './test-app';

export interface Download {
  status: number;
  contentType: string | null;
  disposition: string | null;
  body: Buffer;
}

/** GET /api/exports/… with the given session (default: the admin; null: none). */
export async function download(api: TestApp, path: string, session: Session | null = api.admin): Promise<Download> {
  const res = await fetch(api.url.replace('/graphql', `/api/exports/${path}`), {
    headers: session ? { cookie: session.cookie } : {},
  });
  return {
    status: res.status,
    contentType: res.headers.get('content-type'),
    disposition: res.headers.get('content-disposition'),
    body: Buffer.from(await res.arrayBuffer()),
  };
}

const BOM = '\uFEFF';

/** A CSV export's rows (header first); fails unless it starts with the UTF-8 BOM. */
export function csvRows(body: Buffer, delimiter: ';' | ','): string[][] {
  const text = body.toString('utf8');
  if (!text.startsWith(BOM)) throw new Error('CSV export without BOM');
  return parse(text.slice(1), { delimiter, record_delimiter: '\r\n', relax_column_count: false });
}

export interface XlsxSheet {
  name: string;
  rows: (string | number | null)[][];
  headerBold: boolean;
}

/** The single sheet of an XLSX export, as plain values (empty cells: null). */
export async function xlsxSheet(body: Buffer): Promise<XlsxSheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  if (workbook.worksheets.length !== 1) throw new Error(`expected one sheet, got ${workbook.worksheets.length}`);
  const sheet = workbook.worksheets[0];
  const width = sheet.getRow(1).cellCount;
  const rows: (string | number | null)[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: (string | number | null)[] = [];
    for (let c = 1; c <= width; c++) {
      const v = row.getCell(c).value;
      // Exports write only text and numbers; anything else shows up as JSON in a failing test.
      cells.push(
        v === null || v === undefined ? null : typeof v === 'number' || typeof v === 'string' ? v : JSON.stringify(v),
      );
    }
    rows.push(cells);
  });
  return { name: sheet.name, rows, headerBold: sheet.getRow(1).font?.bold === true };
}
