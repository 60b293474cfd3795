import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { listSheets, readXlsxRows } from './xlsx-rows';

/** Two sheets before the shared strings (as Excel writes them): exceljs parks both in temp files. */
async function workbook(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const name of ['Hinweise', 'Daten']) {
    const sheet = book.addWorksheet(name);
    sheet.addRow(['Name', 'Ort']);
    for (let i = 1; i <= 40; i++) sheet.addRow([`Name ${i}`, `Ort ${i}`]);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A valid zip whose first sheet holds malformed XML: parsing fails while rows are read. */
function brokenSheet(xlsx: Buffer): Buffer {
  const entries = unzipSync(xlsx);
  entries['xl/worksheets/sheet1.xml'] = strToU8('<worksheet><sheetData><row r="1"></c></sheetData></worksheet>');
  return Buffer.from(zipSync(entries));
}

/** The file in chunks, each arriving later like a database read. */
async function* chunked(file: Buffer): AsyncGenerator<Buffer> {
  for (let at = 0; at < file.length; at += 4096) {
    await new Promise((resolve) => setImmediate(resolve));
    yield file.subarray(at, at + 4096);
  }
}

async function rows(file: Buffer, sheet: string | null, limit = Infinity): Promise<number> {
  let n = 0;
  for await (const row of readXlsxRows(chunked(file), sheet)) {
    void row;
    if (++n >= limit) break;
  }
  return n;
}

const openFds = (): number => readdirSync('/proc/self/fd').length;
// The package tmp names exceljs' temp files tmp-<pid>-<random>.
const tempFiles = (): string[] => readdirSync(tmpdir()).filter((f) => f.startsWith(`tmp-${process.pid}-`));

/** Lets streams that are being destroyed close their files. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('reading XLSX files leaves no open files behind', () => {
  it('after early stops, full reads and broken files', async () => {
    const xlsx = await workbook();
    const truncated = xlsx.subarray(0, Math.floor(xlsx.length * 0.7));
    const broken = brokenSheet(xlsx);
    await rows(xlsx, 'Daten', 1); // warm-up: lazily opened files (e.g. module loading) do not count
    await settle();
    const fdsBefore = openFds();
    const tempBefore = new Set(tempFiles());

    for (let i = 0; i < 50; i++) {
      await expect(listSheets(chunked(xlsx))).resolves.toEqual(['Hinweise', 'Daten']);
      await expect(rows(xlsx, 'Daten', 30)).resolves.toBe(30);
      await expect(rows(xlsx, null)).resolves.toBe(41);
      await expect(rows(truncated, 'Daten')).rejects.toMatchObject({ code: 'XLSX_BROKEN' });
      await expect(rows(broken, 'Hinweise')).rejects.toMatchObject({ code: 'XLSX_BROKEN' });
    }

    // Reading awaits its cleanup, so nothing may remain right away.
    expect(tempFiles().filter((f) => !tempBefore.has(f))).toEqual([]);
    expect(openFds() - fdsBefore).toBeLessThanOrEqual(3);
  });
});
