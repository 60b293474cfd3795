import { Readable } from 'node:stream';
import { parse, type CsvError } from 'csv-parse';
import iconv from 'iconv-lite';
import type { Delimiter, TextEncoding } from './file-sniffer';
import { CsvSplitter } from './csv-splitter';
import { ImportFileError } from './import-file-error';

/** One record as a spreadsheet shows it: its row number and cells. */
export interface FileRow {
  row: number;
  cells: unknown[];
}

/** Longest cell (and record) accepted: far above any real value, far below memory trouble. */
export const MAX_CELL_CHARS = 100_000;

async function* decode(chunks: AsyncIterable<Buffer>, encoding: TextEncoding): AsyncGenerator<string> {
  if (encoding === 'WINDOWS_1252') {
    const decoder = iconv.getDecoder('win1252');
    for await (const chunk of chunks) yield decoder.write(chunk);
    const rest = decoder.end();
    if (rest) yield rest;
    return;
  }
  // TextDecoder drops a leading BOM and keeps split multi-byte characters across chunks.
  const decoder = new TextDecoder(encoding === 'UTF8' ? 'utf-8' : 'utf-16le');
  for await (const chunk of chunks) yield decoder.decode(chunk, { stream: true });
  const rest = decoder.decode();
  if (rest) yield rest;
}

function csvFailure(error: unknown, lineOffset: number): ImportFileError {
  const e = error as CsvError & { lines?: number };
  const line = (e.lines ?? 0) + lineOffset;
  if (e.code === 'CSV_QUOTE_NOT_CLOSED') return new ImportFileError('CSV_UNCLOSED_QUOTE', { line });
  if (e.code === 'CSV_MAX_RECORD_SIZE') return new ImportFileError('CELL_TOO_LARGE', { max: MAX_CELL_CHARS, line });
  return new ImportFileError('CSV_INVALID', { line, detail: String(e.message ?? error).slice(0, 200) });
}

interface Resume {
  rows: number;
  lines: number;
  recordDelimiter?: string;
}

/** csv-parse over the text from a record boundary on (the whole file, or where the splitter stopped). */
async function* parseRest(
  text: AsyncIterable<string>,
  options: { delimiter: Delimiter },
  from: Resume,
): AsyncGenerator<FileRow> {
  const source = Readable.from(text);
  const parser = source.pipe(
    parse({
      delimiter: options.delimiter,
      record_delimiter: from.recordDelimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      max_record_size: MAX_CELL_CHARS,
      bom: true,
    }),
  );
  let row = from.rows;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      row++;
      yield { row, cells: record };
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw csvFailure(error, from.lines);
  } finally {
    // Stopping early (a preview) must also stop reading the file from the database.
    source.destroy();
  }
}

async function* prepend(first: string, rest: AsyncIterator<string>): AsyncGenerator<string> {
  if (first) yield first;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

/**
 * Streams the records of a CSV file. Row numbers count every record, empty lines and the
 * header included, so they match what Excel shows even when a quoted cell spans several lines.
 * Plain CSV is split by CsvSplitter; from the first record it cannot read, csv-parse goes on.
 */
export async function* readCsvRows(
  chunks: AsyncIterable<Buffer>,
  options: { encoding: TextEncoding; delimiter: Delimiter },
): AsyncGenerator<FileRow> {
  const text = decode(chunks, options.encoding)[Symbol.asyncIterator]();
  const splitter = new CsvSplitter(options.delimiter, MAX_CELL_CHARS);
  let row = 0;
  let first = true;
  try {
    for (;;) {
      const next = await text.next();
      let piece = next.done ? '' : next.value;
      if (first && piece) {
        first = false;
        if (piece.startsWith('\ufeff')) piece = piece.slice(1);
      }
      for (const cells of splitter.push(piece, next.done === true)) {
        row++;
        yield { row, cells };
      }
      if (splitter.failed) {
        const resume = { rows: row, lines: splitter.lines, recordDelimiter: splitter.recordDelimiter };
        yield* parseRest(prepend(splitter.rest(), text), options, resume);
        return;
      }
      if (next.done) return;
    }
  } finally {
    await text.return?.(undefined);
  }
}
