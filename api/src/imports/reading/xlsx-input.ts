import { Readable } from 'node:stream';

/**
 * exceljs' streaming reader unzips with unzipper's Parse, which emits 'end' as soon as its input
 * is used up, although entries it parsed may still wait in its readable buffer. exceljs stops
 * reading entries at that 'end' and silently drops them (exceljs#3064). Its own writer, so our
 * export, stores xl/workbook.xml last: now and then the sheet names got lost and the named sheet
 * was "missing". Only the readable side's real 'end' (readableEnded is set just before) passes.
 */
function holdEarlyEnd(zip: Readable): void {
  const emit = zip.emit.bind(zip);
  zip.emit = (event: string | symbol, ...args: unknown[]): boolean =>
    event === 'end' && !zip.readableEnded ? false : emit(event, ...args);
}

/** The file's chunks as the input exceljs pipes into its zip parser. */
export function xlsxInput(chunks: AsyncIterable<Buffer>): Readable {
  const input = Readable.from(chunks);
  const pipe = input.pipe.bind(input);
  input.pipe = <T extends NodeJS.WritableStream>(destination: T, options?: { end?: boolean }): T => {
    if (destination instanceof Readable) holdEarlyEnd(destination);
    return pipe(destination, options);
  };
  return input;
}
