import { ImportFileError } from './import-file-error';

/**
 * Some damaged workbooks leave exceljs' zip parser waiting forever (found by fuzzing): it stops
 * taking input and never settles. Reading counts as progress when a chunk of the file is taken or
 * a sheet or row comes out; without any for `stallMs`, the file is broken.
 */
export class XlsxStallGuard {
  private last = Date.now();
  /** Set once a step was given up: exceljs' generator is then stuck, and ending it would wait for ever. */
  stalled = false;

  constructor(private readonly stallMs = Number(process.env.XLSX_STALL_MS ?? 10_000)) {}

  /** The file's chunks, each marking progress when exceljs takes it. */
  async *track(chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    for await (const chunk of chunks) {
      this.last = Date.now();
      yield chunk;
    }
  }

  /** The step's result, or XLSX_BROKEN once reading has made no progress for too long. */
  async step<T>(work: Promise<T>): Promise<T> {
    let timer: ReturnType<typeof setInterval> | undefined;
    const stalled = new Promise<never>((_, reject) => {
      timer = setInterval(
        () => {
          if (Date.now() - this.last < this.stallMs) return;
          this.stalled = true;
          reject(new ImportFileError('XLSX_BROKEN'));
        },
        Math.min(1000, this.stallMs),
      );
    });
    try {
      return await Promise.race([work, stalled]);
    } finally {
      clearInterval(timer);
      this.last = Date.now();
    }
  }

  /** The items of an async iterable, each one a guarded step. */
  async *each<T>(items: AsyncIterable<T>): AsyncGenerator<T> {
    const iterator = items[Symbol.asyncIterator]();
    for (;;) {
      const next = await this.step(iterator.next());
      if (next.done) return;
      yield next.value;
    }
  }
}
