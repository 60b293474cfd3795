const QUOTE = 34;
const CR = 13;
const LF = 10;

// Where the scanner is within a record.
const CELL_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
/** A quote inside a quoted cell: a second one (escaped quote) or the cell's end follows. */
const QUOTE_IN_QUOTED = 3;
const AFTER_CR = 4;

/**
 * Checks, byte by byte and without building strings, that UTF-8 CSV is "plain" in exactly the
 * sense of CsvSplitter: quotes only around whole cells (doubled inside), one kind of line break,
 * no empty line, every record as wide as the first (the header), no record longer than the
 * limit. For such a file PostgreSQL's `COPY … (FORMAT csv)` reads the same records and cells as
 * the JavaScript reader, record n being row n. Anything else sets `failed`: the import then
 * reads the file in JavaScript, which reports row errors exactly.
 */
export class PlainCsvScanner {
  failed = false;
  /** Complete records so far (the header included). */
  records = 0;
  /** Cells per record: the header's count. */
  width = -1;
  /** After push(): the offset in its bytes just past the last record completed there (-1: none). */
  lastEnd = -1;
  private readonly delimiter: number;
  private state = CELL_START;
  private cells = 0;
  private recordBytes = 0;
  private eol: 'CRLF' | 'LF' | null = null;

  constructor(
    delimiter: string,
    private readonly maxRecordBytes: number,
  ) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  push(bytes: Uint8Array): void {
    if (this.failed) return;
    const d = this.delimiter;
    let state = this.state;
    let size = this.recordBytes;
    this.lastEnd = -1;
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      if (++size > this.maxRecordBytes) {
        this.fail();
        return;
      }
      if (state === QUOTED) {
        if (b === QUOTE) state = QUOTE_IN_QUOTED;
        continue;
      }
      if (state === AFTER_CR) {
        if (b !== LF || !this.lineBreak('CRLF')) {
          this.fail();
          return;
        }
        if (!this.endRecord(size - 2)) return;
        this.lastEnd = i + 1;
        size = 0;
        state = CELL_START;
        continue;
      }
      if (b === QUOTE) {
        // Opens a cell, or escapes a quote inside one; anywhere else the JavaScript reader decides.
        if (state === CELL_START) state = QUOTED;
        else if (state === QUOTE_IN_QUOTED) state = QUOTED;
        else {
          this.fail();
          return;
        }
      } else if (b === d) {
        this.cells++;
        state = CELL_START;
      } else if (b === CR) {
        state = AFTER_CR;
      } else if (b === LF) {
        if (!this.lineBreak('LF')) {
          this.fail();
          return;
        }
        if (!this.endRecord(size - 1)) return;
        this.lastEnd = i + 1;
        size = 0;
        state = CELL_START;
      } else if (state === QUOTE_IN_QUOTED) {
        // Text after a cell's closing quote.
        this.fail();
        return;
      } else state = UNQUOTED;
    }
    this.state = state;
    this.recordBytes = size;
  }

  /** The end of the file: the last record may end without a line break. */
  finish(): void {
    if (this.failed) return;
    if (this.state === QUOTED || this.state === AFTER_CR) this.fail();
    else if (this.recordBytes > 0) this.endRecord(this.recordBytes);
  }

  private lineBreak(kind: 'CRLF' | 'LF'): boolean {
    this.eol ??= kind;
    return this.eol === kind;
  }

  /** `content`: the record's bytes without its line break (0: an empty line). */
  private endRecord(content: number): boolean {
    const cells = this.cells + 1;
    if (content === 0) return this.fail();
    if (this.width < 0) this.width = cells;
    else if (cells !== this.width) return this.fail();
    this.records++;
    this.cells = 0;
    return true;
  }

  private fail(): false {
    this.failed = true;
    return false;
  }
}
