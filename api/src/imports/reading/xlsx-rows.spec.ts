import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from '@jest/globals';
import { exportColumns } from '@schaltplan/domain';
import { unzipSync, zipSync } from 'fflate';
import { repoRoot } from '../../common/repo-root';
import { createWriter } from '../../exports/export-writers';
import { listSheets, readXlsxRows } from './xlsx-rows';
import { XlsxStallGuard } from './xlsx-stall';

const COLUMNS = exportColumns('PERSONS', false);

/** An XLSX as our export writes it: the sheet first, no shared strings, xl/workbook.xml last. */
async function exported(): Promise<Buffer> {
  const out = new PassThrough();
  const parts: Buffer[] = [];
  out.on('data', (b: Buffer) => parts.push(b));
  const ended = new Promise((resolve) => out.on('end', resolve));
  const writer = await createWriter('xlsx', out, 'Personen');
  await writer.header(COLUMNS.map((c) => c.field));
  await writer.rows([COLUMNS.map((c) => `${c.field}-1`)]);
  await writer.end();
  await ended;
  return Buffer.concat(parts);
}

/**
 * The same entries in the same order, stored uncompressed: unzipping then needs no thread pool,
 * so the zip parser always reaches the end while exceljs still parks the sheet in a temp file.
 */
function stored(xlsx: Buffer): Buffer {
  return Buffer.from(zipSync(unzipSync(xlsx), { level: 0 }));
}

/** The file in chunks of `size` bytes, each arriving later like a database read. */
async function* chunked(file: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let at = 0; at < file.length; at += size) {
    await new Promise((resolve) => setImmediate(resolve));
    yield file.subarray(at, at + size);
  }
}

async function firstRow(file: Buffer, size: number): Promise<unknown[] | undefined> {
  for await (const r of readXlsxRows(chunked(file, size), 'Personen')) return r.cells;
  return undefined;
}

describe('reading an exported XLSX', () => {
  it('keeps the workbook entries that come after the sheet (exceljs#3064)', async () => {
    const file = stored(await exported());
    expect(Object.keys(unzipSync(file)).slice(-1)).toEqual(['xl/workbook.xml']);
    for (const size of [file.length, 4096, 97]) {
      await expect(listSheets(chunked(file, size))).resolves.toEqual(['Personen']);
      await expect(firstRow(file, size)).resolves.toEqual(COLUMNS.map((c) => c.field));
    }
  });

  it('reads the compressed export as written', async () => {
    const file = await exported();
    await expect(listSheets(chunked(file, file.length))).resolves.toEqual(['Personen']);
    await expect(firstRow(file, 1024)).resolves.toEqual(COLUMNS.map((c) => c.field));
  });
});

describe('a damaged workbook that leaves exceljs waiting (found by reliability/scenarios/fuzz-imports.mjs)', () => {
  const file = readFileSync(join(repoRoot(), 'api/test/fixtures/imports/stalls-exceljs.xlsx'));

  it('is refused as XLSX_BROKEN once reading makes no progress, for the sheet list and for the rows', async () => {
    process.env.XLSX_STALL_MS = '500';
    try {
      await expect(listSheets(chunked(file, 4096))).rejects.toMatchObject({ code: 'XLSX_BROKEN' });
      await expect(firstRow(file, 4096)).rejects.toMatchObject({ code: 'XLSX_BROKEN' });
    } finally {
      delete process.env.XLSX_STALL_MS;
    }
  });

  it('gives a step up only after the stall time without progress', async () => {
    const guard = new XlsxStallGuard(300);
    const slow = new Promise<string>((resolve) => setTimeout(() => resolve('done'), 100));
    await expect(guard.step(slow)).resolves.toBe('done');
    expect(guard.stalled).toBe(false);
    await expect(guard.step(new Promise<never>(() => undefined))).rejects.toMatchObject({ code: 'XLSX_BROKEN' });
    expect(guard.stalled).toBe(true);
  });
});
